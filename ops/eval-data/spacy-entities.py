"""Runs a spaCy pipeline over the dev texts a gold names and writes one extraction report per file
(the shape of `dossier extract --json`, entities only) for `dossier eval --reports`.

spaCy reads each file with the gold's boilerplate lines removed (an advantage over Dossier, which
finds its boilerplate itself). Labels: PERSON/PER -> PERSON, ORG -> ORG, GPE/LOC/FAC -> PLACE,
EVENT -> EVENT; the rest is dropped. A trailing possessive ("Floyd’s", "Floyd's") is cut from a
span, as the gold's surfaces have none. spaCy has no coreference here, so each distinct
(type, surface) is one entity.

Usage: spacy-entities.py GOLD.json TEXTS-FOLDER MODEL OUT-FOLDER
"""
import json
import os
import sys

LABELS = {"PERSON": "PERSON", "PER": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE", "EVENT": "EVENT"}


def main():
    gold_path, texts, model, out = sys.argv[1:5]
    import spacy

    nlp = spacy.load(model)
    os.makedirs(out, exist_ok=True)
    gold = json.load(open(gold_path, encoding="utf-8"))
    for doc in gold["documents"]:
        text = open(os.path.join(texts, doc["file"]), encoding="utf-8").read()
        boilerplate = {line.strip() for line in doc.get("boilerplate", [])}
        body = "\n".join(line for line in text.split("\n") if line.strip() not in boilerplate or not line.strip())
        entities = {}
        for ent in nlp(body).ents:
            kind = LABELS.get(ent.label_)
            surface = ent.text.strip()
            for possessive in ("’s", "'s", "’", "'"):
                if surface.endswith(possessive) and len(surface) > len(possessive):
                    surface = surface[: -len(possessive)].rstrip()
                    break
            if kind is None or not surface:
                continue
            start = ent.start_char + (len(ent.text) - len(ent.text.lstrip()))
            key = (kind, surface)
            entity = entities.setdefault(key, {"id": f"spacy:{kind}:{surface}", "type": kind, "label": surface, "mentions": []})
            entity["mentions"].append({"start": start, "end": start + len(surface), "surface": surface})
        report = {"language": doc.get("language") or "", "title": None, "published": None, "boilerplate": [], "body": body,
                  "entities": list(entities.values()), "dates": [], "quantities": [], "facts": [], "statements": [],
                  "mergeCandidates": []}
        with open(os.path.join(out, doc["file"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(report, f, ensure_ascii=False)
    print(f"spacy-entities: {model} {spacy.__version__}: {len(gold['documents'])} reports in {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
