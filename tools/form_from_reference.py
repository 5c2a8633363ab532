#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes forms/lke-permenpanrb-90-2021.xml from the reference LKE data (lke-90-2021.json).

The XML file is the source of truth the application reads; this script only documents where its
content came from and lets a maintainer regenerate it if the reference data is corrected. Run:

    /usr/bin/python3 tools/form_from_reference.py tests/data/reference/lke-90-2021.json \
        > forms/lke-permenpanrb-90-2021.xml
"""
import json
import sys
from xml.sax.saxutils import escape, quoteattr

SCALE_LABELS = {"yes_no": "Ya/Tidak", "abc": "A/B/C", "abcd": "A/B/C/D", "abcde": "A/B/C/D/E"}
CHANGE_AREAS = [
    (1, "Manajemen Perubahan"),
    (2, "Penataan Tatalaksana"),
    (3, "Penataan Sistem Manajemen SDM Aparatur"),
    (4, "Penguatan Akuntabilitas"),
    (5, "Penguatan Pengawasan"),
    (6, "Peningkatan Kualitas Pelayanan Publik"),
]


def num(value):
    text = repr(float(value))
    return text[:-2] if text.endswith(".0") else text


def attr(name, value):
    return f" {name}={quoteattr(str(value))}"


def write_criterion(out, crit, indent):
    pad = " " * indent
    kind = crit["answer_type"]
    answer = {"index_0_4": "index"}.get(kind, kind)
    head = f"{pad}<criterion{attr('code', crit['code'])}{attr('answer', answer)}"
    if "weight" in crit:
        head += attr("weight", num(crit["weight"]))
    if "printed_letter" in crit:
        head += attr("printed-letter", crit["printed_letter"])
    out.append(head + ">")
    out.append(f"{pad}  <question>{escape(crit['question'])}</question>")
    for option in crit.get("options", []):
        out.append(f"{pad}  <option{attr('key', option['key'])}>{escape(option['description'])}</option>")
    if kind == "index_0_4":
        out.append(f"{pad}  <input id=\"index\" label=\"Indeks (skala 0-4)\" kind=\"decimal\" min=\"0\" max=\"4\"/>")
    for item in crit.get("inputs", []):
        line = f"{pad}  <input{attr('id', item['id'])}{attr('label', item['label'])}"
        if not item.get("used_in_formula", True):
            line += ' used-in-formula="false"'
        out.append(line + "/>")
    if "formula" in crit:
        out.append(f"{pad}  <formula>{escape(crit['formula'])}</formula>")
    for example in crit.get("evidence_examples", []):
        out.append(f"{pad}  <evidence>{escape(example)}</evidence>")
    out.append(f"{pad}</criterion>")


def write_group(out, tag, node, indent):
    pad = " " * indent
    head = f"{pad}<{tag}{attr('code', node['code'])}"
    if tag == "component":
        head += attr("role", {"A": "pengungkit", "B": "hasil"}[node["code"]])
    if "area" in node:
        head += attr("change-area", node["area"])
    head += f"{attr('name', node['name'])}{attr('weight', num(node['weight']))}>"
    out.append(head)
    for child_tag, key in (("part", "parts"), ("area", "areas"), ("subindicator", "subindicators")):
        for child in node.get(key, []):
            write_group(out, child_tag, child, indent + 2)
    for crit in node.get("criteria", []):
        write_criterion(out, crit, indent + 2)
    out.append(f"{pad}</{tag}>")


def write_predicate(out, pid, name, rule, requires):
    labels = [
        ("total", "total_min", "Nilai evaluasi (total)"),
        ("A", "pengungkit_min", "Total komponen pengungkit"),
        ("B.I", "bersih_akuntabel_min", "Birokrasi yang bersih dan akuntabel"),
        ("B.I.a", "ipak_value_min", "Nilai survei persepsi korupsi (IPAK)"),
        ("B.I.b", "capaian_value_min", "Capaian kinerja"),
        ("B.II", "pelayanan_prima_min", "Pelayanan publik yang prima"),
    ]
    head = f"    <predicate{attr('id', pid)}{attr('name', name)}"
    if requires:
        head += attr("requires-predicate", requires)
    out.append(head + ">")
    for ref, key, label in labels:
        out.append(f"      <minimum{attr('of', ref)}{attr('value', num(rule[key]))}{attr('label', label)}/>")
    out.append(f"      <area-minimum{attr('fraction', num(rule['area_min_fraction']))}/>")
    out.append("    </predicate>")


def main():
    data = json.load(open(sys.argv[1], encoding="utf-8"))
    form = data["form"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           "<!-- The LKE of PermenPANRB 90/2021 (Lampiran III) as data. Format: forms/README.md. -->",
           f"<form{attr('id', form['id'])} version=\"2021.1\" format=\"1\" language=\"id\">",
           f"  <title>{escape(form['title'])}</title>",
           f"  <legal-basis>{escape(form['legal_basis'])}</legal-basis>",
           "  <scales>"]
    for scale_id, choices in form["answer_scales"].items():
        out.append(f"    <scale{attr('id', scale_id)}{attr('label', SCALE_LABELS[scale_id])}>")
        for choice in choices:
            out.append(f"      <choice{attr('key', choice['key'])}{attr('value', num(choice['value']))}/>")
        out.append("    </scale>")
    out.append("  </scales>")
    out.append("  <change-areas>")
    for number, name in CHANGE_AREAS:
        out.append(f"    <change-area{attr('number', number)}{attr('name', name)}/>")
    out.append("  </change-areas>")
    for component in data["components"]:
        write_group(out, "component", component, 2)
    thresholds = data["thresholds"]
    out.append("  <predicates>")
    write_predicate(out, "WBK", "Wilayah Bebas dari Korupsi", thresholds["WBK"], None)
    write_predicate(out, "WBBM", "Wilayah Birokrasi Bersih dan Melayani", thresholds["WBBM"],
                    thresholds["WBBM"].get("requires_predicate"))
    out.append("  </predicates>")
    out.append("  <prerequisites>")
    prereq = data["prerequisites"]
    for pid in ("WBK", "WBBM"):
        for index, text in enumerate(prereq["agency"][pid], 1):
            out.append(f"    <prerequisite id=\"agency-{pid.lower()}-{index}\" scope=\"agency\""
                       f" predicate=\"{pid}\">{escape(text)}</prerequisite>")
    for index, text in enumerate(prereq["unit"], 1):
        out.append(f"    <prerequisite id=\"unit-{index}\" scope=\"unit\" predicate=\"WBK WBBM\">{escape(text)}</prerequisite>")
    out.append("  </prerequisites>")
    out.append("</form>")
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
