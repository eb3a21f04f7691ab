"""Prints Dossier's and spaCy's entity scores side by side from two `dossier eval --json` outputs.
Usage: side-by-side.py LANG DOSSIER.json SPACY.json SPACY-MODEL"""
import json
import sys

lang, ours_path, theirs_path, model = sys.argv[1:5]
ours, theirs = json.load(open(ours_path)), json.load(open(theirs_path))


def cell(score):
    if score is None:
        return "-".ljust(24)
    return f"{score['precision'] / 1000:.3f} {score['recall'] / 1000:.3f} {score['f1'] / 1000:.3f}".ljust(24)


print(f"{lang}: entities, Dossier vs spaCy {model} (precision recall F1; same texts, same scoring)")
print("  " + "type".ljust(10) + "dossier".ljust(24) + "spaCy".ljust(24))
for kind in ["PERSON", "ORG", "PLACE", "EVENT"]:
    print("  " + kind.ljust(10) + cell(ours["entitiesByType"].get(kind)) + cell(theirs["entitiesByType"].get(kind)))
print("  " + "all".ljust(10) + cell(ours["entities"]) + cell(theirs["entities"]))
print(f"  resolution: dossier {len(ours['splits'])} split / {len(ours['joins'])} joined; spaCy {len(theirs['splits'])} split / {len(theirs['joins'])} joined")
