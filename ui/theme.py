"""The look as a typed model rendered to QSS: elderly mode is another model, not other widgets."""

from __future__ import annotations

from dataclasses import dataclass, replace

FONT_FAMILY = "Noto Sans CJK SC"


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
    footer_bg: str = "#1E2A3A"
    footer_text: str = "#FFFFFF"
    banner_bg: str = "#FFD54A"
    banner_text: str = "#3A2A00"
    trial_bg: str = "#7A4D00"


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


def stylesheet(t: Theme) -> str:
    return f"""
    QWidget {{ font-family: "{FONT_FAMILY}"; font-size: {t.body_pt}pt; color: {t.text}; }}
    #KioskWindow, QStackedWidget > QWidget, QScrollArea, QScrollArea > QWidget > QWidget {{
        background: {t.background};
    }}
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
    }}
    QPushButton:focus {{ border: 4px solid #F29900; }}
    QPushButton[role="primary"] {{
        background: {t.primary}; color: {t.primary_text}; border: none; font-weight: bold;
    }}
    QPushButton[role="danger"] {{ color: {t.danger}; border-color: {t.danger}; }}
    QPushButton[role="tile"] {{
        text-align: left; padding: 20px; background: {t.surface}; font-size: {t.body_pt + 4}pt;
        font-weight: bold; min-height: {t.touch_px * 2}px;
    }}
    QPushButton[role="tile"][unavailable="true"] {{ background: #E4E7EC; }}
    QLabel[role="tile-name"] {{ font-size: {t.body_pt + 6}pt; font-weight: bold; }}
    QLabel[role="badge"] {{
        background: {t.trial_bg}; color: white; border-radius: 8px; padding: 2px 10px;
        font-size: {t.small_pt}pt;
    }}
    QScrollBar:vertical {{ width: 28px; background: {t.background}; }}
    QScrollBar::handle:vertical {{ background: {t.border}; border-radius: 12px; min-height: 80px; }}
    QPushButton[role="choice"] {{
        min-height: {int(t.touch_px * 1.3)}px; font-size: {t.body_pt + 4}pt;
    }}
    QPushButton[selected="true"] {{
        border: 4px solid {t.primary}; background: #E8F0FE; font-weight: bold;
    }}
    QPlainTextEdit {{
        background: {t.surface}; border: 2px solid {t.border}; border-radius: 10px; padding: 8px;
    }}
    #Footer {{ background: {t.footer_bg}; }}
    #Footer QLabel {{ color: {t.footer_text}; font-size: {t.small_pt}pt; }}
    #Footer QLabel[role="hotline"] {{ font-size: {t.body_pt + 2}pt; font-weight: bold; }}
    #Footer QPushButton {{
        background: #2E3E54; color: {t.footer_text}; border: 2px solid #5B6B80;
        font-size: {t.small_pt + 1}pt; padding: 4px 2px;
    }}
    #Footer QPushButton:checked {{ background: {t.primary}; border-color: {t.footer_text}; }}
    #Footer QPushButton[role="help"] {{ background: #C5221F; border: none; font-weight: bold; }}
    #Header {{ background: {t.surface}; border-bottom: 2px solid {t.border}; }}
    QLabel[role="notice"] {{
        background: #C5221F; color: white; font-weight: bold; border-radius: 10px;
        padding: 6px 16px;
    }}
    #AssistBanner {{ background: #0B57D0; }}
    #AssistBanner QLabel {{ color: white; }}
    #TrainingBanner {{
        background: {t.banner_bg}; color: {t.banner_text}; font-weight: bold;
        font-size: {t.small_pt}pt; padding: 6px;
    }}
    #Countdown {{ background: rgba(20, 30, 45, 215); }}
    #Countdown QLabel {{ color: white; }}
    QTableWidget {{
        background: {t.surface}; gridline-color: {t.border}; font-size: {t.small_pt + 1}pt;
    }}
    QHeaderView::section {{
        background: #E4E9F0; padding: 6px; border: none; font-weight: bold;
        font-size: {t.small_pt}pt;
    }}
    """
