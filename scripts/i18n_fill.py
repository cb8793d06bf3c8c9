"""Keep the Qt Linguist catalogues filled (run by `make i18n` after lupdate).

- zh_TW: unfinished messages are drafted from the zh_CN source with OpenCC (s2twp: Taiwan
  characters and vocabulary) when it is installed, then corrected by TAIWAN_USAGE; a person
  reviews the drafts printed here.
- `--apply FILE.json` fills messages from {"<lang>": {"<zh_CN source>": "<translation>"}}:
  how translations written by a person (en_US, ug) are put in without hand-editing XML.
- `--check` exits 1 while any message in any catalogue is unfinished or empty.
Always prints what is still left for a person to translate.
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

I18N = Path(__file__).resolve().parent.parent / "i18n"
# Where OpenCC's Taiwan vocabulary is not what Taiwan's own government services write.
TAIWAN_USAGE = {
    "身份證": "身分證",
    "二維碼": "QR Code",
    "視窗辦理": "櫃檯辦理",
    "未透過": "未通過",
    "攝像頭": "鏡頭",
    "賬號": "帳號",
    "響應超時": "回應逾時",
    "超時": "逾時",
    "運維": "維運",
    "點選": "輕觸",
    "點此": "輕觸此處",
    "試執行": "試營運",
    "生成": "產生",
    "檔案": "文件",
    "校驗位": "檢查碼",
    "影象": "影像",
    "重籤": "重簽",
    "許可權": "權限",
    "審計": "稽核",
    "正式執行": "正式上線",
    "執行資料": "營運資料",
    "臺賬": "台帳",
    "藍色畫面": "藍屏",
    "響應": "回應",
    "外設": "週邊",
    "和配置": "和設定",
    "獲取": "取得",
    "身份": "身分",
    "恢復：": "還原：",
    "“": "「",
    "”": "」",
}


# Whole messages where a word-by-word draft goes wrong (通过 = passed, not 透過 = by means of).
TAIWAN_EXACT = {
    "通过": "通過",
    "投诉建议：扫右侧二维码或拨打 {0}": "投訴建議：掃描右側 QR Code 或撥打 {0}",
    "正在生成付款二维码，请稍候…": "正在產生付款 QR Code，請稍候…",
    "付款二维码": "付款 QR Code",
    "请用微信或支付宝扫描二维码付款；也可以把手机上的付款码对准下方扫码口。": (
        "請用微信或支付寶掃描 QR Code 付款；也可以把手機上的付款碼對準下方掃碼口。"
    ),
    "二维码 {0} 秒后失效": "QR Code {0} 秒後失效",
    "Under maintenance": "維護中",
    "高对比度": "高對比",
    "未封存的接口接入了外部设备": "未封存的連接埠接上了外部裝置",
}


def unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return (
        translation is None
        or translation.get("type") in ("unfinished", "obsolete", "vanished")
        or not (translation.text or "").strip()
    )


def _set(message: ET.Element, text: str) -> None:
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.text = text
    translation.attrib.pop("type", None)


def _drafter() -> object | None:
    try:
        import opencc  # type: ignore[import-untyped]
    except ImportError:
        return None
    converter: object = opencc.OpenCC("s2twp")
    return converter


def to_taiwan(text: str, converter: object) -> str:
    if text in TAIWAN_EXACT:
        return TAIWAN_EXACT[text]
    draft: str = converter.convert(text)  # type: ignore[attr-defined]
    for mainland, taiwan in TAIWAN_USAGE.items():
        draft = draft.replace(mainland, taiwan)
    return draft


def _escape(text: str) -> str:
    for raw, entity in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;")):
        text = text.replace(raw, entity)
    return text.replace("'", "&apos;")


def _attributes(element: ET.Element) -> str:
    return "".join(f' {name}="{_escape(value)}"' for name, value in element.attrib.items())


def write(path: Path, root: ET.Element) -> None:
    """Exactly as lupdate writes a catalogue, so `make i18n` leaves no churn in the diff."""
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", f"<TS{_attributes(root)}>"]
    for context in root.iter("context"):
        lines += ["<context>", f"    <name>{_escape(context.findtext('name', ''))}</name>"]
        for message in context.iter("message"):
            lines.append(f"    <message{_attributes(message)}>")
            for child in message:
                inner = "".join(
                    f"<{c.tag}{_attributes(c)}>{_escape(c.text or '')}</{c.tag}>" for c in child
                )
                text = inner or _escape(child.text or "")
                lines.append(f"        <{child.tag}{_attributes(child)}>{text}</{child.tag}>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--apply", type=Path, help="JSON of translations by language")
    parser.add_argument("--check", action="store_true", help="exit 1 if anything is unfinished")
    parser.add_argument(
        "--redraft-zh-tw", action="store_true", help="draft every zh_TW message again (OpenCC)"
    )
    args = parser.parse_args(argv)
    given: dict[str, dict[str, str]] = json.loads(args.apply.read_text()) if args.apply else {}
    converter = _drafter()
    left = 0
    for path in sorted(I18N.glob("*.ts")):
        tree = ET.parse(path)
        root = tree.getroot()
        language = root.get("language", path.stem)
        changed = False
        for message in root.iter("message"):
            source = message.findtext("source", "")
            if source in given.get(language, {}):
                _set(message, given[language][source])
                changed = True
            elif (
                (unfinished(message) or args.redraft_zh_tw)
                and language == "zh_TW"
                and converter is not None
            ):
                draft = to_taiwan(source, converter)
                _set(message, draft)
                changed = True
                print(f"zh_TW draft (review): {source} -> {draft}")
            if unfinished(message):
                left += 1
                print(f"{path.name}: untranslated: {source}")
        if changed:
            write(path, root)
    if left:
        print(f"i18n: {left} message(s) still to translate by hand", file=sys.stderr)
    return 1 if args.check and left else 0


if __name__ == "__main__":
    sys.exit(main())
