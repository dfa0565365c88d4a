#!/usr/bin/env python3
"""Writes samples/remit.835: the payers' answers (X12 835, 005010X221A1) to the visits of samples/visits.csv,
for `claimaudit remit` and `claimaudit analytics` to show.

Written from the implementation guide's segment layout, not copied from any published sample. Two
interchanges: Medicare Part B (two payments: 2026-04-03 and 2026-04-24) and Aetna PPO (commercial-ama,
one payment on 2026-04-10). Each payment is one ST … SE: BPR (amount, date), TRN (trace number, payer
id), N1*PR / REF*2U, N1*PE, then per claim CLP (CLP01 = visit_id) / NM1*QC / DTM*232 and per CSV row
SVC / DTM*472 / CAS / REF*6R / AMT*B6 (/ LQ*HE). Line control numbers are "{visit_id}-{row}", row being
the CSV row (header = row 1, first record = row 2), as ClaimAudit numbers a CSV line.

Charges are the $40 a unit samples/make-claims-837.py bills. A payer allows the lesser of the charge and
its fee (below; assistant lines CQ/CO at 85 %), pays 80 % and leaves 20 % as coinsurance: CO-45 = charge
- allowed, PR-2 = allowed - paid. Every claim, line and payment balances.

The story (see `claimaudit audit samples/visits.csv`):
  - denials the audit predicted: V-1002 97112 CO-50 (documentation findings); V-1003 97112 and V-1020
    97110 second unit CO-151 (UNITS_OVERBILLED), V-1016 97161 second unit CO-151 (UNITS_UNTIMED_OVER_ONE);
    V-1005 97110 CO-4 (no GP); V-1013 97110 CO-97 + M80 and V-2001 97110 CO-97 (PTP pair without 59);
    V-1014 97164 CO-236 (pair no modifier unbundles); V-1008 97014 CO-96 (Medicare wants G0283) and
    97010 CO-97 (bundled); V-1010 both lines CO-119 (no KX over the threshold).
  - a denial the audit did not predict: V-2003 97112 CO-197 (no authorisation on file).
  - flagged lines the payer paid anyway: V-1009, V-1015, V-1017, V-2002 97140, V-5001.
  - V-1001 paid on 2026-04-03, reversed (CLP02 22, negated amounts) and paid again at a corrected fee
    on 2026-04-24; that payment also carries 1.25 of interest (PLB L6, a negative provider adjustment).
  - no remittance yet (open AR): V-1004, V-1022, every commercial-strict visit (V-3001…V-3003) and V-5002…V-5008.

Run from the repository root: python3 samples/make-remit-835.py
"""
import csv
import os
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CENT = Decimal("0.01")
RATE = Decimal(40)  # the charge a unit, as samples/make-claims-837.py bills

FEES = {
    "medicare": {"97110": "29.50", "97112": "33.40", "97116": "29.10", "97140": "27.30", "97150": "18.60",
                 "97161": "99.50", "97164": "68.20", "97530": "35.10"},
    "commercial-ama": {"97110": "35.40", "97112": "40.08", "97140": "33.00"},
}

# (visit, cpt) -> how the payer answered a line that is not simply paid.
#   ("deny", group, reason[, remark])       the whole line
#   ("units", paid_units, group, reason)    pays paid_units, denies the rest
DENIALS = {
    ("V-1002", "97112"): ("deny", "CO", "50"),
    ("V-1003", "97112"): ("units", 1, "CO", "151"),
    ("V-1005", "97110"): ("deny", "CO", "4"),
    ("V-1008", "97014"): ("deny", "CO", "96"),
    ("V-1008", "97010"): ("deny", "CO", "97"),
    ("V-1010", "97112"): ("deny", "CO", "119"),
    ("V-1010", "97110"): ("deny", "CO", "119"),
    ("V-1013", "97110"): ("deny", "CO", "97", "M80"),
    ("V-1014", "97164"): ("deny", "CO", "236"),
    ("V-1016", "97161"): ("units", 1, "CO", "151"),
    ("V-1020", "97110"): ("units", 1, "CO", "151"),
    ("V-2001", "97110"): ("deny", "CO", "97"),
    ("V-2003", "97112"): ("deny", "CO", "197"),
}

MEDICARE_FIRST = ["V-1001", "V-1002", "V-1003", "V-1005", "V-1006", "V-1007", "V-1008", "V-1009", "V-1010",
                  "V-1011", "V-1012", "V-1013", "V-1014", "V-1015", "V-1016", "V-1017", "V-1018", "V-1020"]
MEDICARE_SECOND = ["V-1019", "V-1021"]
AETNA = ["V-2001", "V-2002", "V-2003", "V-5001"]
CORRECTED_FEES = {"97112": "34.10"}  # V-1001 reprocessed at the corrected fee

PAYERS = {
    "medicare": {"name": "MEDICARE PART B", "trn03": "1999999984", "ref2u": "medicare", "filing": "MB"},
    "commercial-ama": {"name": "AETNA PPO", "trn03": "1066033492", "ref2u": "commercial-ama", "filing": "CI"},
}


def money(x):
    return str(Decimal(x).quantize(CENT))


def isa(control, receiver_qualifier="ZZ"):
    fields = ["ISA", "00", " " * 10, "00", " " * 10, "ZZ", "PAYERGATEWAY".ljust(15), receiver_qualifier,
              "SAMPLECLINIC".ljust(15), "260424", "0800", "^", "00501", control, "0", "T", ":"]
    return "*".join(fields)


def answer(payer_id, visit_id, row, line_no, fees, reverse=False):
    """One SVC loop for a CSV row: (segments, charge, paid, patient share, adjustments sum)."""
    units = int(row["billed_units"]) if row["billed_units"] else 1
    charge = RATE * units
    mods = [m.strip().upper() for m in row["billed_modifiers"].replace(",", ";").split(";") if m.strip()]
    code = row["cpt_code"]
    rule = DENIALS.get((visit_id, code))
    cas, remark = [], None
    if rule and rule[0] == "deny":
        paid_units, allowed, paid = units, None, Decimal(0)
        cas.append((rule[1], rule[2], charge))
        remark = rule[3] if len(rule) > 3 else None
        patient = Decimal(0)
    else:
        paid_units = rule[1] if rule else units
        fee = Decimal(fees[code]) * paid_units
        if "CQ" in mods or "CO" in mods:
            fee = (fee * Decimal("0.85")).quantize(CENT, ROUND_HALF_UP)
        paid_charge = RATE * paid_units
        allowed = min(paid_charge, fee)
        paid = (allowed * Decimal("0.8")).quantize(CENT, ROUND_HALF_UP)
        patient = allowed - paid
        if rule:
            cas.append((rule[2], rule[3], charge - paid_charge))
        if paid_charge - allowed:
            cas.append(("CO", "45", paid_charge - allowed))
        cas.append(("PR", "2", patient))
    sign = -1 if reverse else 1
    svc = f"SVC*{':'.join(['HC', code, *mods])}*{money(sign * charge)}*{money(sign * paid)}**{paid_units}"
    if paid_units != units:
        svc += f"**{units}"  # SVC07: the units billed (SVC06 is only sent when the payer changed the code)
    segments = [svc, f"DTM*472*{row['date_of_service'].replace('-', '')}"]
    # One CAS per group, up to six triples each, as the guide asks.
    for group in dict.fromkeys(g for g, _, _ in cas):
        triples = [f"{reason}*{money(sign * amount)}*" for g, reason, amount in cas if g == group]
        segments.append(f"CAS*{group}*" + "*".join(triples).rstrip("*"))
    segments.append(f"REF*6R*{visit_id}-{line_no}")
    if allowed is not None:
        segments.append(f"AMT*B6*{money(sign * allowed)}")
    if remark:
        segments.append(f"LQ*HE*{remark}")
    adjusted = sum((a for _, _, a in cas), Decimal(0))
    return segments, sign * charge, sign * paid, sign * patient, sign * adjusted


def claim(payer_id, visit_id, rows, number, fees, reverse=False):
    """One CLP loop: (segments, paid)."""
    lines, charge, paid, patient = [], Decimal(0), Decimal(0), Decimal(0)
    for csv_row, r in rows:
        segs, c, p, pr, _ = answer(payer_id, visit_id, r, csv_row, fees, reverse)
        lines += segs
        charge += c
        paid += p
        patient += pr
    status = "22" if reverse else ("4" if paid == 0 else "1")
    first = rows[0][1]
    head = [f"CLP*{visit_id}*{status}*{money(charge)}*{money(paid)}*{money(patient)}*{PAYERS[payer_id]['filing']}*{number}*11*1",
            f"NM1*QC*1*SAMPLE*PATIENT****MI*{first['patient_id']}",
            f"DTM*232*{first['date_of_service'].replace('-', '')}"]
    return head + lines, paid


def payment(control, payer_id, date, trace, claims, plb=()):
    """One ST … SE."""
    payer = PAYERS[payer_id]
    body, total = [], Decimal(0)
    for segs, paid in claims:
        body += segs
        total += paid
    total -= sum((Decimal(a) for _, a in plb), Decimal(0))
    st = [f"ST*835*{control}*005010X221A1",
          f"BPR*I*{money(total)}*C*ACH*CCP*01*011000015*DA*0001234567*{payer['trn03']}**01*071000013*DA*0007654321*{date}",
          f"TRN*1*{trace}*{payer['trn03']}",
          f"DTM*405*{date}",
          f"N1*PR*{payer['name']}",
          "N3*PO BOX 100", "N4*SPRINGFIELD*IL*627010000",
          f"REF*2U*{payer['ref2u']}",
          "PER*BL*PROVIDER SERVICES*TE*5555550199",
          "N1*PE*SAMPLE THERAPY CLINIC*XX*1000000003",
          "N3*100 MAIN STREET", "N4*SPRINGFIELD*IL*627010000",
          "REF*TJ*990000001",
          "LX*1",
          *body,
          *[f"PLB*1000000003*{date[:4]}1231*{reason}*{amount}" for reason, amount in plb]]
    st.append(f"SE*{len(st) + 1}*{control}")
    return st


def interchange(control, sets):
    return [isa(control), f"GS*HP*PAYERGATEWAY*SAMPLECLINIC*20260424*0800*{int(control)}*X*005010X221A1",
            *[s for st in sets for s in st], f"GE*{len(sets)}*{int(control)}", f"IEA*1*{control}"]


def main():
    with open(os.path.join(HERE, "visits.csv"), newline="", encoding="utf-8") as f:
        records = list(csv.DictReader(f))
    visits = {}
    for row_number, r in enumerate(records, start=2):  # the header is row 1
        visits.setdefault(r["visit_id"], []).append((row_number, r))

    med = FEES["medicare"]
    first = [claim("medicare", v, visits[v], f"MCR26093{i:04d}", med) for i, v in enumerate(MEDICARE_FIRST, start=1)]
    v1001_number = "MCR260930001"
    second = [claim("medicare", "V-1001", visits["V-1001"], v1001_number, med, reverse=True),
              claim("medicare", "V-1001", visits["V-1001"], "MCR261140001", {**med, **CORRECTED_FEES})]
    second += [claim("medicare", v, visits[v], f"MCR26114{i:04d}", med) for i, v in enumerate(MEDICARE_SECOND, start=2)]
    aetna = [claim("commercial-ama", v, visits[v], f"AET1000{i:04d}", FEES["commercial-ama"]) for i, v in enumerate(AETNA, start=1)]

    segments = interchange("000000101", [
        payment("0001", "medicare", "20260403", "EFT260403001", first),
        payment("0002", "medicare", "20260424", "EFT260424001", second, plb=[("L6:INTEREST", "-1.25")]),
    ]) + interchange("000000102", [payment("0001", "commercial-ama", "20260410", "CHK0004481", aetna)])

    with open(os.path.join(HERE, "remit.835"), "w", encoding="ascii", newline="\n") as f:
        f.write("".join(s + "~\n" for s in segments))


if __name__ == "__main__":
    main()
