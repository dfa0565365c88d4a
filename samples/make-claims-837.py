#!/usr/bin/env python3
"""Writes samples/claims.837: the visits of samples/visits.csv that audit there (not the rejected
ones) as the 837P (005010X222A1) a practice-management system would send for them.

Written from the implementation guide's loop structure, not copied from any published sample:
one interchange (ISA/GS/ST), the submitter (1000A) and receiver (1000B), one billing provider
(2000A/2010AA), then for each patient a subscriber loop (2000B, the patient is the subscriber:
SBR02 = 18) with the subscriber (2010BA NM1*IL, member id = the CSV's patient_id) and the payer
(2010BB NM1*PR), and under it one claim (2300 CLM) per visit: CLM01 = visit_id, REF*G1 = auth_number,
HI = diagnosis_codes (ICD-10 without the dot, as X12 writes them), the rendering provider
(2310B NM1*82 + PRV*PE taxonomy for the visit's discipline; a line of another discipline carries
its own 2420A NM1*82 + PRV*PE), and one LX/SV1/DTP*472/REF*6R per CSV row (REF*6R = {visit_id}-{CSV row}).

Payers: NM1*PR's name is the name samples/payer-map.json maps ("Medicare Part B", "Aetna PPO",
"Blue Cross Blue Shield PPO") and its id (NM109, qualifier PI) is our payer profile id, so the file
audits with or without the payer map.

The CSV's blank billed_units ("tell me") is written as an empty SV104, which the reader reads as
"units not stated"; the guide requires SV104, so a real claim always has it.

Run from the repository root: python3 samples/make-claims-837.py
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# The visits samples/visits.csv rejects (unknown payer 'acme'; a bad date and minutes; rows on two dates).
REJECTED_IN_CSV = {"V-4001", "V-4002", "V-4003"}

PAYERS = {
    "medicare": ("Medicare Part B", "MB"),
    "commercial-ama": ("Aetna PPO", "CI"),
    "commercial-strict": ("Blue Cross Blue Shield PPO", "CI"),
}

# Made-up rendering providers (NPIs are placeholders, not real ones) and the taxonomy for each role.
PROVIDERS = {
    "PT": ("RIVERA", "ALEX", "1000000011", "225100000X"),
    "PTA": ("CHEN", "JORDAN", "1000000029", "225200000X"),
    "OT": ("PATEL", "MORGAN", "1000000037", "225X00000X"),
}

RATE = 40  # dollars a unit; the audit does not judge charges


def isa(control):
    fields = ["ISA", "00", " " * 10, "00", " " * 10, "ZZ", "SAMPLECLINIC".ljust(15), "ZZ",
              "CLEARINGHOUSE".ljust(15), "260320", "1200", "^", "00501", control, "0", "T", ":"]
    return "*".join(fields)


def main():
    with open(os.path.join(HERE, "visits.csv"), newline="", encoding="utf-8") as f:
        # The spreadsheet row of each record (header = row 1, first record = row 2), as the audit numbers rows:
        # REF*6R carries {visit_id}-{row}, the line control number an audit of the CSV gives the same line,
        # so samples/remit.835 answers the CSV's audit and this file's alike.
        rows = [dict(r, _row=i) for i, r in enumerate(csv.DictReader(f), start=2) if r["visit_id"] not in REJECTED_IN_CSV]

    visits = {}
    for r in rows:
        visits.setdefault(r["visit_id"], []).append(r)

    body = []  # ST … SE
    body.append("ST*837*0001*005010X222A1")
    body.append("BHT*0019*00*SAMPLE0001*20260320*1200*CH")
    body.append("NM1*41*2*SAMPLE THERAPY CLINIC*****46*SAMPLECLINIC")
    body.append("PER*IC*BILLING OFFICE*TE*5555550100")
    body.append("NM1*40*2*SAMPLE CLEARINGHOUSE*****46*CLEARINGHOUSE")
    body.append("HL*1**20*1")
    body.append("PRV*BI*PXC*225100000X")
    body.append("NM1*85*2*SAMPLE THERAPY CLINIC*****XX*1000000003")
    body.append("N3*100 MAIN STREET")
    body.append("N4*SPRINGFIELD*IL*627010000")
    body.append("REF*EI*990000001")

    hl = 1
    for visit_id, lines in visits.items():
        first = lines[0]
        payer_name, filing = PAYERS[first["payer_id"]]
        hl += 1
        body.append(f"HL*{hl}*1*22*0")
        body.append(f"SBR*P*18*******{filing}")
        body.append(f"NM1*IL*1*SAMPLE*PATIENT****MI*{first['patient_id']}")
        body.append("N3*1 SAMPLE ROAD")
        body.append("N4*SPRINGFIELD*IL*627010000")
        body.append("DMG*D8*19500101*U")
        body.append(f"NM1*PR*2*{payer_name.upper()}*****PI*{first['payer_id']}")

        units = [int(r["billed_units"]) if r["billed_units"] else None for r in lines]
        charges = [RATE * (u if u else 1) for u in units]
        body.append(f"CLM*{visit_id}*{sum(charges)}***11:B:1*Y*A*Y*Y")
        if first["auth_number"]:
            body.append(f"REF*G1*{first['auth_number']}")
        dx = [d.strip().replace(".", "") for d in first["diagnosis_codes"].split(";") if d.strip()]
        if dx:
            body.append("HI*" + "*".join(("ABK:" if i == 0 else "ABF:") + d for i, d in enumerate(dx)))
        claim_role = first["provider_role"] or "PT"
        last, given, npi, taxonomy = PROVIDERS[claim_role]
        body.append(f"NM1*82*1*{last}*{given}****XX*{npi}")
        body.append(f"PRV*PE*PXC*{taxonomy}")

        for n, (r, u, charge) in enumerate(zip(lines, units, charges), start=1):
            mods = [m for m in r["billed_modifiers"].replace(",", ";").split(";") if m.strip()]
            procedure = ":".join(["HC", r["cpt_code"], *mods])
            pointer = "1" if dx else ""
            body.append(f"LX*{n}")
            body.append(f"SV1*{procedure}*{charge}*UN*{'' if u is None else u}***{pointer}".rstrip("*"))
            body.append(f"DTP*472*D8*{r['date_of_service'].replace('-', '')}")
            body.append(f"REF*6R*{visit_id}-{r['_row']}")
            role = r["provider_role"] or "PT"
            if role != claim_role:
                last, given, npi, taxonomy = PROVIDERS[role]
                body.append(f"NM1*82*1*{last}*{given}****XX*{npi}")
                body.append(f"PRV*PE*PXC*{taxonomy}")

    body.append(f"SE*{len(body) + 1}*0001")
    segments = [isa("000000001"), "GS*HC*SAMPLECLINIC*CLEARINGHOUSE*20260320*1200*1*X*005010X222A1", *body,
                "GE*1*1", "IEA*1*000000001"]
    with open(os.path.join(HERE, "claims.837"), "w", encoding="ascii", newline="\n") as f:
        f.write("".join(s + "~\n" for s in segments))


if __name__ == "__main__":
    main()
