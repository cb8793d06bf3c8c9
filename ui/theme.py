"""The look as a typed model rendered to QSS: elderly and high-contrast modes are other models,
not other widgets. Every colour a text is drawn on is a field, so tests can compute contrast."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

from PySide6.QtCore import Qt

FONT_FAMILY = "Noto Sans CJK SC"
# Traditional characters in their Taiwanese forms; Uyghur in Arabic script, which the CJK
# fonts lack (fonts-noto-core).
FONT_FAMILIES = {"zh_TW": "Noto Sans CJK TC", "ug": "Noto Sans Arabic"}
ARABIC_FAMILIES = ("Noto Sans Arabic", "Noto Naskh Arabic")
RIGHT_TO_LEFT = {"ug"}
# Wheelchair layout: the share of a portrait screen's height, from the top, left empty.
WHEELCHAIR_TOP = 0.4
# Elderly mode (MIIT 适老化): at most this many choices on one screen.
ELDERLY_CHOICES = 4


@dataclass(frozen=True)
class Theme:
    name: str
    body_pt: int
    heading_pt: int
    title_pt: int
    small_pt: int
    touch_px: int  # smallest side of anything a finger must hit
    gap_px: int
    background: str = "#F3F6FA"
    surface: str = "#FFFFFF"
    text: str = "#1A1F27"
    muted: str = "#4A5563"
    primary: str = "#0B57D0"
    primary_text: str = "#FFFFFF"
    danger: str = "#B3261E"
    border: str = "#C4CBD5"
    focus: str = "#F29900"
    selected_bg: str = "#E8F0FE"
    unavailable_bg: str = "#E4E7EC"
    table_header_bg: str = "#E4E9F0"
    footer_bg: str = "#1E2A3A"
    footer_text: str = "#FFFFFF"
    footer_button_bg: str = "#2E3E54"
    footer_button_border: str = "#5B6B80"
    footer_checked_bg: str = "#0B57D0"
    footer_checked_text: str = "#FFFFFF"
    help_bg: str = "#C5221F"
    help_text: str = "#FFFFFF"
    banner_bg: str = "#FFD54A"
    banner_text: str = "#3A2A00"
    trial_bg: str = "#7A4D00"
    badge_text: str = "#FFFFFF"
    assist_bg: str = "#0B57D0"
    assist_text: str = "#FFFFFF"
    min_contrast: float = 4.5  # WCAG 2.2 1.4.3 (AA); 7.0 in high contrast (1.4.6, AAA)


NORMAL = Theme(
    "normal", body_pt=16, heading_pt=28, title_pt=40, small_pt=13, touch_px=72, gap_px=16
)
ELDERLY = replace(
    NORMAL,
    name="elderly",
    body_pt=22,
    heading_pt=34,
    title_pt=48,
    small_pt=18,
    touch_px=96,
    gap_px=22,
)
_HIGH_CONTRAST_COLOURS: dict[str, Any] = {
    "background": "#000000",
    "surface": "#000000",
    "text": "#FFFFFF",
    "muted": "#FFFFFF",
    "primary": "#FFE500",
    "primary_text": "#000000",
    "danger": "#FF9A9A",
    "border": "#FFFFFF",
    "focus": "#00E5FF",
    "selected_bg": "#003A70",
    "unavailable_bg": "#333333",
    "table_header_bg": "#000000",
    "footer_bg": "#000000",
    "footer_text": "#FFFFFF",
    "footer_button_bg": "#000000",
    "footer_button_border": "#FFFFFF",
    "footer_checked_bg": "#FFE500",
    "footer_checked_text": "#000000",
    "help_bg": "#8B0000",
    "help_text": "#FFFFFF",
    "banner_bg": "#FFE500",
    "banner_text": "#000000",
    "trial_bg": "#FFE500",
    "badge_text": "#000000",
    "assist_bg": "#002B66",
    "assist_text": "#FFFFFF",
    "min_contrast": 7.0,
}
HIGH_CONTRAST = replace(NORMAL, name="high-contrast", **_HIGH_CONTRAST_COLOURS)
ELDERLY_HIGH_CONTRAST = replace(ELDERLY, name="elderly-high-contrast", **_HIGH_CONTRAST_COLOURS)


def theme_for(elderly: bool, high_contrast: bool) -> Theme:
    """The modes combine: an elderly citizen may also need high contrast."""
    if high_contrast:
        return ELDERLY_HIGH_CONTRAST if elderly else HIGH_CONTRAST
    return ELDERLY if elderly else NORMAL


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """WCAG 2.2 relative luminance of a #RRGGBB colour."""
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(a: str, b: str) -> float:
    """WCAG 2.2 contrast ratio, 1 to 21."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def text_pairs(t: Theme) -> list[tuple[str, str, str]]:
    """Every (where, text colour, background colour) the stylesheet draws text with."""
    return [
        ("body", t.text, t.background),
        ("card", t.text, t.surface),
        ("muted", t.muted, t.background),
        ("muted on card", t.muted, t.surface),
        ("error", t.danger, t.background),
        ("error on card", t.danger, t.surface),
        ("button", t.text, t.surface),
        ("primary button", t.primary_text, t.primary),
        ("danger button", t.danger, t.surface),
        ("selected choice", t.text, t.selected_bg),
        ("unavailable tile", t.text, t.unavailable_bg),
        ("unavailable tile summary", t.muted, t.unavailable_bg),
        ("table header", t.text, t.table_header_bg),
        ("badge", t.badge_text, t.trial_bg),
        ("footer", t.footer_text, t.footer_bg),
        ("footer button", t.footer_text, t.footer_button_bg),
        ("footer button on", t.footer_checked_text, t.footer_checked_bg),
        ("call for help", t.help_text, t.help_bg),
        ("help notice", t.help_text, t.help_bg),
        ("training banner", t.banner_text, t.banner_bg),
        ("assisted banner", t.assist_text, t.assist_bg),
    ]


def colour_fields(t: Theme) -> dict[str, str]:
    values = {f.name: getattr(t, f.name) for f in fields(t)}
    return {name: v for name, v in values.items() if isinstance(v, str) and v.startswith("#")}


def layout_direction(language: str) -> Qt.LayoutDirection:
    if language in RIGHT_TO_LEFT:
        return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.LeftToRight


def font_families(language: str) -> str:
    """QSS font-family list: the language's own font, and CJK for Chinese names and places. For
    Uyghur the CJK font comes first, so lines keep its height; the Arabic letters it lacks come
    from Noto Sans Arabic (Qt picks the next family that has the script)."""
    own = FONT_FAMILIES.get(language, FONT_FAMILY)
    order = (FONT_FAMILY, own) if language in RIGHT_TO_LEFT else (own, FONT_FAMILY)
    return ", ".join(f'"{f}"' for f in dict.fromkeys(order))


def missing_fonts(families: list[str]) -> list[str]:
    """Which scripts the kiosk shows have no installed font (checked at start)."""
    have = set(families)
    problems = []
    if not any(f.startswith("Noto Sans CJK") for f in have):
        problems.append("Chinese (fonts-noto-cjk: Noto Sans CJK)")
    if not have.intersection(ARABIC_FAMILIES):
        problems.append("Uyghur / Arabic script (fonts-noto-core: Noto Sans Arabic)")
    return problems


def stylesheet(t: Theme, language: str = "zh_CN") -> str:
    return f"""
    QWidget {{
        font-family: {font_families(language)}; font-size: {t.body_pt}pt; color: {t.text};
    }}
    #KioskWindow, QStackedWidget > QWidget, QScrollArea, QScrollArea > QWidget > QWidget {{
        background: {t.background};
    }}
    #WheelchairSpace {{ background: {t.background}; }}
    QLabel[role="title"] {{ font-size: {t.title_pt}pt; font-weight: bold; }}
    QLabel[role="heading"] {{ font-size: {t.heading_pt}pt; font-weight: bold; }}
    QLabel[role="muted"] {{ color: {t.muted}; }}
    QLabel[role="small"] {{ font-size: {t.small_pt}pt; color: {t.muted}; }}
    QLabel[role="error"] {{ color: {t.danger}; font-weight: bold; }}
    QLabel[role="progress"] {{ font-size: {t.small_pt}pt; color: {t.muted}; }}
    QFrame[role="card"] {{
        background: {t.surface}; border: 2px solid {t.border}; border-radius: 16px;
    }}
    QPushButton {{
        min-height: {t.touch_px}px; min-width: {t.touch_px}px; padding: 8px 24px;
        border-radius: 14px; border: 2px solid {t.border}; background: {t.surface};
        color: {t.text};
    }}
    QPushButton:focus {{ border: 4px solid {t.focus}; }}
    QPushButton[role="primary"] {{
        background: {t.primary}; color: {t.primary_text}; border: none; font-weight: bold;
    }}
    QPushButton[role="primary"]:focus {{ border: 4px solid {t.focus}; }}
    QPushButton[role="danger"] {{ color: {t.danger}; border-color: {t.danger}; }}
    QPushButton[role="tile"] {{
        text-align: left; padding: 20px; background: {t.surface}; font-size: {t.body_pt + 4}pt;
        font-weight: bold; min-height: {t.touch_px * 2}px;
    }}
    QPushButton[role="tile"][unavailable="true"] {{ background: {t.unavailable_bg}; }}
    QLabel[role="tile-name"] {{ font-size: {t.body_pt + 6}pt; font-weight: bold; }}
    QLabel[role="badge"] {{
        background: {t.trial_bg}; color: {t.badge_text}; border-radius: 8px; padding: 2px 10px;
        font-size: {t.small_pt}pt;
    }}
    QScrollBar:vertical {{ width: 28px; background: {t.background}; }}
    QScrollBar::handle:vertical {{ background: {t.border}; border-radius: 12px; min-height: 80px; }}
    QPushButton[role="choice"] {{
        min-height: {int(t.touch_px * 1.3)}px; font-size: {t.body_pt + 4}pt;
    }}
    QPushButton[selected="true"] {{
        border: 4px solid {t.primary}; background: {t.selected_bg}; font-weight: bold;
    }}
    QPlainTextEdit, QLineEdit {{
        background: {t.surface}; border: 2px solid {t.border}; border-radius: 10px; padding: 8px;
        color: {t.text};
    }}
    #Footer, #FooterInfo {{ background: {t.footer_bg}; }}
    #Footer QLabel, #FooterInfo QLabel {{ color: {t.footer_text}; font-size: {t.small_pt}pt; }}
    #Footer QLabel[role="hotline"], #FooterInfo QLabel[role="hotline"] {{
        font-size: {t.body_pt + 2}pt; font-weight: bold;
    }}
    #Footer QPushButton {{
        background: {t.footer_button_bg}; color: {t.footer_text};
        border: 2px solid {t.footer_button_border}; font-size: {t.small_pt + 1}pt; padding: 4px 2px;
    }}
    #Footer QPushButton:checked {{
        background: {t.footer_checked_bg}; color: {t.footer_checked_text};
        border-color: {t.footer_text};
    }}
    #Footer QPushButton:focus {{ border: 4px solid {t.focus}; }}
    #Footer QPushButton[role="help"] {{
        background: {t.help_bg}; color: {t.help_text}; border: none; font-weight: bold;
    }}
    #Header {{ background: {t.surface}; border-bottom: 2px solid {t.border}; }}
    QLabel[role="notice"] {{
        background: {t.help_bg}; color: {t.help_text}; font-weight: bold; border-radius: 10px;
        padding: 6px 16px;
    }}
    #AssistBanner {{ background: {t.assist_bg}; }}
    #AssistBanner QLabel {{ color: {t.assist_text}; }}
    #TrainingBanner {{
        background: {t.banner_bg}; color: {t.banner_text}; font-weight: bold;
        font-size: {t.small_pt}pt; padding: 6px;
    }}
    #Countdown {{ background: rgba(0, 0, 0, 225); }}
    #Countdown QLabel {{ color: white; }}
    QTableWidget {{
        background: {t.surface}; gridline-color: {t.border}; font-size: {t.small_pt + 1}pt;
        color: {t.text};
    }}
    QHeaderView::section {{
        background: {t.table_header_bg}; color: {t.text}; padding: 6px; border: none;
        font-weight: bold; font-size: {t.small_pt}pt;
    }}
    """
