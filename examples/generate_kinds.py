#!/usr/bin/env python3
"""Writes the two FICTIONAL example reviews of issue 14: examples/millhaven-sar (a
self-neglect Safeguarding Adults Review) and examples/northvale-cspr (a Child Safeguarding
Practice Review with the "toxic trio").

Every person, place and agency is invented. Each review has planted information-sharing
failures (the entries marked PLANTED in the comments) and negative controls (shares made
and received in time); tests/review_examples_test.cpp holds a test for each, and
docs/worked-example.md walks through them. The committed YAML is what an IMR author would
write; this script only saves typing the routine contacts. Run it from the repository root:

    python3 examples/generate_kinds.py
"""
import os
import datetime as dt

HEADER = "# yaml-language-server: $schema=../../schemas/imr-chronology.schema.json\n"


def day(text):
    return dt.datetime.strptime(text, "%d %B %Y").date()


def written(d):
    return f"{d.day} {d.strftime('%B %Y')}"


def yaml_list(items):
    return "[" + ", ".join(items) + "]"


def share_item(s):
    if isinstance(s, str):
        return s
    parts = [f"agency: {s['agency']}"]
    if "about" in s:
        parts.append("about: " + yaml_list(s["about"]))
    if "date" in s:
        parts.append(f"date: {s['date']}")
    if "how" in s:
        parts.append(f"how: {s['how']}")
    return "{" + ", ".join(parts) + "}"


def entry_yaml(e):
    out = []
    if e.get("note"):
        out.append(f"  # {e['note']}")
    out.append(f"  - date: {e['date']}")
    for key in ("time", "ref", "type"):
        if key in e:
            out.append(f"    {key}: {e[key]}")
    out.append(f"    parties: {yaml_list(e['parties'])}")
    for key in ("summary", "action", "comment"):
        if key in e:
            text = e[key]
            if len(text) > 80 or ":" in text or "#" in text:
                out.append(f"    {key}: >-")
                line = "      "
                for word in text.split():
                    if len(line) + len(word) + 1 > 92:
                        out.append(line.rstrip())
                        line = "      "
                    line += word + " "
                out.append(line.rstrip())
            else:
                out.append(f"    {key}: {text}")
    if e.get("indicators"):
        out.append(f"    indicators: {yaml_list(e['indicators'])}")
    for key in ("shared_with", "received_from"):
        if e.get(key):
            out.append(f"    {key}:")
            for s in e[key]:
                out.append(f"      - {share_item(s)}")
    if e.get("significant"):
        out.append("    significant: true")
    return "\n".join(out)


def write_chronology(folder, file, agency, author, review, covers, entries, intro):
    entries = sorted(entries, key=lambda e: (day(e["date"]), e.get("time", "")))
    text = HEADER + "".join(f"# {line}\n" for line in intro)
    text += f"format: imr-chronology/1\nagency: {agency}\nauthor: {author}\nreview: {review}\n"
    text += f"covers: {{from: {covers[0]}, to: {covers[1]}}}\nentries:\n"
    text += "\n\n".join(entry_yaml(e) for e in entries) + "\n"
    with open(os.path.join(folder, file), "w", encoding="utf-8") as f:
        f.write(text)
    return len(entries)


def register(about, review, kind, covers, body):
    """A review.yaml: the comment lines `about`, the review's facts, then `body`."""
    return ("# yaml-language-server: $schema=../../schemas/imr-review.schema.json\n"
            + "".join(f"# {line}\n" for line in about)
            + f"format: imr-review/1\nreview: {review}\nkind: {kind}\n"
            + f"period: {{from: {covers[0]}, to: {covers[1]}}}\n" + body)


def write_review(folder, register_text, review, covers, chronologies):
    """Writes the register and each (file, agency, author, entries) chronology; returns the
    number of entries written."""
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "review.yaml"), "w", encoding="utf-8") as f:
        f.write(register_text)
    return sum(write_chronology(folder, file, agency, author, review, covers, entries,
                                [f"FICTIONAL example: {agency}'s chronology for the {review}."])
               for file, agency, author, entries in chronologies)


def routine(start, end, every, parties, summaries, type_="contact", indicators=None, skip=()):
    """Routine contacts from `start` to `end`, one every `every` days, cycling summaries."""
    out = []
    d = day(start)
    i = 0
    while d <= day(end):
        if written(d) not in skip:
            e = {"date": written(d), "type": type_, "parties": parties,
                 "summary": summaries[i % len(summaries)]}
            if indicators:
                e["indicators"] = indicators
            out.append(e)
        i += 1
        d += dt.timedelta(days=every)
    return out


# ---------------------------------------------------------------------------------------
# Millhaven SAR 2022: Mr R, 58, living alone, died in a house fire in December 2021.
# ---------------------------------------------------------------------------------------
SAR = "examples/millhaven-sar"
SAR_REVIEW = "Millhaven SAR 2022"
SAR_COVERS = ("1 January 2021", "31 December 2021")

SAR_REGISTER = register([
    "A FICTIONAL Safeguarding Adults Review (Care Act 2014, section 44): every person, place and",
    "agency here is invented. Mr R, 58, lived alone; he drank heavily, had recurrent depression,",
    "hoarded, and died in a fire at his flat in late December 2021. Written by",
    "examples/generate_kinds.py; walked through in docs/worked-example.md."],
    SAR_REVIEW, "sar", SAR_COVERS, """
parties:
  - id: R
    role: victim
    aliases: [Mr R, the adult, adult, patient, tenant, client, service user]
  - id: K
    role: perpetrator
    aliases: [Mr K, R's friend, the friend, visitor]
  - id: S
    role: family
    aliases: [R's sister, sister]

agencies:
  - id: GP
    name: Millhaven Medical Practice
    aliases: [GP, the GP, GP practice, Millhaven MP]
  - id: CMHT
    name: Millshire Community Mental Health Team
    aliases: [CMHT, mental health team, MHT]
  - id: Recovery
    name: Millhaven Recovery Service
    aliases: [MRS, drug and alcohol service, alcohol service]
  - id: ASC
    name: Millhaven Council Adult Social Care
    aliases: [ASC, adult social care, social care, safeguarding adults team]
  - id: Housing
    name: Millhaven Homes
    aliases: [MH Homes, housing, landlord, the landlord]
  - id: Police
    name: Millshire Police
    aliases: [police, the police, MP]
  - id: Fire
    name: Millshire Fire and Rescue Service
    aliases: [fire service, MFRS, fire and rescue]
  - id: Ambulance
    name: East Millshire Ambulance Service
    aliases: [ambulance service, EMAS, ambulance]
  - id: Hospital
    name: Millhaven General Hospital
    aliases: [MGH, hospital, A&E, ED]

indicators:
  # R's own word for the fire hazard his flat had become; the built-in fire-risk covers it.
  fire-risk: [smoking among papers]
""")

MDT_AGENCIES = ["GP", "CMHT", "Recovery", "Housing", "Police", "Fire", "Ambulance", "Hospital"]


def sar():
    files = {}

    # Every agency, January and February: routine contacts before anyone recorded a concern.
    early = {
        "GP": routine("5 January 2021", "26 February 2021", 14, ["R"], [
            "Telephone review of repeat prescriptions; no concerns raised.",
            "Annual blood pressure check; R attended on time.",
            "Flu vaccination given at the practice.",
            "R phoned for a fit note; issued for four weeks."]),
        "CMHT": routine("12 January 2021", "23 February 2021", 21, ["R"], [
            "Case closed letter sent to R after his last episode of depression resolved in 2020.",
            "Duty worker checked records after a call from the GP practice about prescriptions."],
            type_="other"),
        "Recovery": routine("20 January 2021", "17 February 2021", 28, ["R"], [
            "Outreach leaflet left at R's address during a street-wide visit.",
            "R's name checked against closed cases; no open episode."], type_="other"),
        "ASC": routine("8 January 2021", "19 February 2021", 21, ["R"], [
            "Blue badge renewal letter sent.",
            "Records check for a carer's assessment query from R's sister; no open case."],
            type_="other"),
        "Housing": routine("4 January 2021", "22 February 2021", 7, ["R"], [
            "Rent account reviewed; paid up to date.",
            "Estate officer walked the block; communal areas clear.",
            "Gas safety check booked by letter.",
            "R did not answer at the gas safety appointment; a second date sent.",
            "Gas safety check completed; appliances safe.",
            "Repairs request logged by phone: dripping kitchen tap.",
            "Tap repaired by the repairs team."]),
        "Police": routine("15 January 2021", "26 February 2021", 14, ["R"], [
            "R reported his bicycle stolen from the communal store; crime reference given.",
            "Officer updated R by phone: no lines of enquiry on the bicycle.",
            "Neighbourhood team leafleted the block about doorstep scams.",
            "R called to say he had found his bicycle."], type_="incident"),
        "Fire": routine("18 January 2021", "15 February 2021", 28, ["R"], [
            "Smoke alarm campaign letter sent to every flat in the block.",
            "Crew fitted a battery smoke alarm in the hallway at R's request."], type_="other"),
        "Ambulance": routine("9 January 2021", "20 February 2021", 21, ["R"], [
            "999 call: R slipped on ice outside the shop; graze to the hand, not conveyed.",
            "111 call: R asked about a sore throat; advised to see a pharmacist."]),
        "Hospital": routine("13 January 2021", "24 February 2021", 21, ["R"], [
            "Outpatient ophthalmology appointment; new glasses advised.",
            "Outpatient letter to the GP about the eye clinic."], type_="other"),
    }
    for agency, entries in early.items():
        files[agency] = list(entries)

    g, c, rec, asc, h, p, fire, amb, hosp = (files[a] for a in [
        "GP", "CMHT", "Recovery", "ASC", "Housing", "Police", "Fire", "Ambulance", "Hospital"])

    # March to June: the concerns appear, and what was and was not passed on.
    g.append({"date": "1 March 2021", "type": "contact", "parties": ["patient"],
              "summary": "R attended with low mood, poor sleep and shaking hands. He said he was "
                         "drinking a litre of vodka a day since his mother died.",
              "action": "Referred to Millhaven Recovery Service by email the same day.",
              "indicators": ["alcohol", "mental-health"],
              "shared_with": [{"agency": "Recovery", "how": "email"}],
              "note": "Negative control: the referral to the alcohol service, received the next day."})
    rec.append({"date": "2 March 2021", "type": "referral", "parties": ["R"],
                "summary": "Referral from the GP received: alcohol dependence and low mood.",
                "received_from": [{"agency": "GP", "how": "email"}]})
    rec.append({"date": "9 March 2021", "type": "assessment", "parties": ["service user"],
                "summary": "Assessment at the service: drinking about 35 units a day, withdrawal "
                           "symptoms in the mornings, low mood. Agreed to a community detox plan.",
                "indicators": ["alcohol", "mental-health"]})
    g.append({"date": "10 March 2021", "type": "referral", "parties": ["patient"],
              "summary": "Routine referral to the community mental health team for recurrent "
                         "depression.",
              "comment": "The referral letter described low mood only. It did not mention the "
                         "alcohol dependence the practice had recorded on 1 March.",
              "shared_with": [{"agency": "CMHT", "about": ["mental-health"], "how": "letter"}],
              "significant": True,
              "note": "PLANTED (partial-share): the dual-diagnosis gap, the drinking left out."})
    c.append({"date": "11 March 2021", "type": "information-share", "parties": ["R"],
              "summary": "GP referral received for recurrent depression.",
              "received_from": [{"agency": "GP", "about": ["mental-health"], "how": "letter"}]})
    c.append({"date": "24 March 2021", "type": "assessment", "parties": ["R"],
              "summary": "Home assessment by a community psychiatric nurse: moderate depression. "
                         "Offered talking therapy; R was ambivalent.",
              "indicators": ["mental-health"],
              "comment": "Alcohol use was not explored; the nurse did not know of it.",
              "significant": True,
              "note": "PLANTED (unshared-knowledge): the nurse assessed R without knowing of "
                      "the drinking."})
    h.append({"date": "6 April 2021", "type": "contact", "parties": ["tenant"],
              "summary": "Tenancy visit after a neighbour complained of a smell. The flat was in "
                         "squalor: rubbish, empty cans and papers piled to the ceiling. R said he "
                         "was under the mental health team.",
              "action": "Safeguarding concern raised with adult social care by email the same "
                        "day.",
              "indicators": ["self neglect", "hoarding", "alcohol", "mental-health"],
              "shared_with": [{"agency": "ASC", "how": "email"}],
              "significant": True,
              "note": "Negative control: the safeguarding concern, received the next day."})
    asc.append({"date": "7 April 2021", "type": "information-share", "parties": ["R"],
                "summary": "Safeguarding concern from Millhaven Homes received and logged; "
                           "Care Act assessment allocated.",
                "received_from": [{"agency": "Housing", "how": "email"}]})
    rec.append({"date": "15 April 2021", "type": "information-share", "parties": ["R"],
                "summary": "Letter to the community mental health team about R's detox plan and "
                           "his low mood, copied to the GP.",
                "shared_with": [{"agency": "CMHT", "how": "letter"}],
                "note": "Negative control: received the same day."})
    c.append({"date": "15 April 2021", "type": "information-share", "parties": ["R"],
              "summary": "Letter from Millhaven Recovery Service about R's alcohol detox plan "
                         "received and filed.",
              "received_from": [{"agency": "Recovery", "how": "letter"}]})
    p.append({"date": "5 May 2021", "type": "incident", "parties": ["R", "K"],
              "summary": "Called by a neighbour. R, drunk and confused, said his friend K had "
                         "moved into the flat, took his bank card every week and that money was "
                         "taken from his account. The flat was cluttered and dirty. K had left.",
              "action": "Recorded as a concern for an adult at risk; information passed to the "
                        "landlord.",
              "indicators": ["financial exploitation", "cuckooing", "self-neglect", "hoarding",
                             "alcohol", "mental-health"],
              "shared_with": [{"agency": "Housing", "how": "email"}],
              "significant": True})
    h.append({"date": "6 May 2021", "type": "information-share", "parties": ["R", "K"],
              "summary": "Police email received about K living at the flat and taking R's "
                         "money.",
              "received_from": [{"agency": "Police", "how": "email"}],
              "note": "Negative control: the police email, received the next day."})
    asc.append({"date": "20 May 2021", "type": "assessment", "parties": ["R"],
                "summary": "Care Act assessment at home. R has eligible needs for support with "
                           "his home and his money; he declined help with cleaning.",
                "indicators": ["self-neglect", "hoarding", "alcohol", "mental-health"],
                "comment": "The social worker did not know that the police had recorded money "
                           "being taken by K, or that K was living at the flat.",
                "significant": True,
                "note": "PLANTED (unshared-knowledge): financial exploitation known to the "
                        "police and the landlord, unknown to the Care Act assessor."})
    h.append({"date": "8 June 2021", "type": "referral", "parties": ["R"],
              "summary": "Referral to the fire service for a home fire safety visit because of "
                         "the hoarding.",
              "shared_with": [{"agency": "Fire", "how": "email"}],
              "note": "Negative control: received the same day."})
    fire.append({"date": "8 June 2021", "type": "referral", "parties": ["R"],
                 "summary": "Referral from Millhaven Homes for a home fire safety visit received.",
                 "received_from": [{"agency": "Housing", "how": "email"}]})
    fire.append({"date": "12 June 2021", "type": "assessment", "parties": ["R"],
                 "summary": "Home fire safety visit. Very high fire risk: R smokes in his chair "
                            "among piles of papers; burn marks on the carpet; one escape route "
                            "blocked.",
                 "action": "Fire-retardant bedding fitted. Referral emailed to adult social care "
                           "the same day.",
                 "indicators": ["fire-risk", "smoking among papers", "hoarding", "self-neglect"],
                 "shared_with": [{"agency": "ASC", "how": "email"}],
                 "significant": True,
                 "note": "PLANTED (unreceived-share): adult social care has no record of it."})
    asc.append({"date": "22 June 2021", "type": "contact", "parties": ["R"],
                "summary": "Social worker visited to agree a support plan; R accepted a weekly "
                           "cleaner.",
                "indicators": ["self-neglect"],
                "comment": "The support plan did not address fire safety."})

    # The multi-agency self-neglect meeting: reports the day before, the plan at the meeting.
    # Negative controls: every share made and received on time.
    asc.append({"date": "30 June 2021", "type": "information-share", "parties": ["R"],
                "summary": "Reports for the multi-agency self-neglect meeting received from every "
                           "agency invited.",
                "received_from": [{"agency": a, "how": "email"} for a in MDT_AGENCIES]})
    asc.append({"date": "1 July 2021", "type": "meeting", "parties": ["R"],
                "summary": "Multi-agency self-neglect meeting chaired by adult social care. "
                           "Risks shared; a support plan agreed and given to every agency at "
                           "the meeting.",
                "shared_with": [{"agency": a, "how": "meeting"} for a in MDT_AGENCIES],
                "significant": True})
    for a in MDT_AGENCIES:
        files[a].append({"date": "30 June 2021", "type": "information-share", "parties": ["R"],
                         "summary": "Report sent to adult social care for the self-neglect "
                                    "meeting.",
                         "shared_with": [{"agency": "ASC", "how": "email"}]})
        files[a].append({"date": "1 July 2021", "type": "meeting", "parties": ["R"],
                         "summary": "Attended the multi-agency self-neglect meeting; support "
                                    "plan received.",
                         "received_from": [{"agency": "ASC", "how": "meeting"}]})

    # July to November: routine contacts by agencies that now knew the whole picture.
    later = {
        "GP": (["R"], ["Medication review; R still drinking but cutting down.",
                       "R attended for a dressing on a burn to his hand from a cigarette.",
                       "Telephone consultation: low mood, sertraline continued."], 17,
               ["alcohol"]),
        "CMHT": (["R"], ["Nurse visit; R engaged briefly, talking therapy deferred.",
                         "Nurse visit: no answer at the door; card left.",
                         "Nurse visit; flat cluttered, R low but not suicidal."], 19, None),
        "Recovery": (["R"], ["Key-work session; detox postponed at R's request.",
                             "Key-work session by phone; R drinking about 20 units a day.",
                             "R did not attend his key-work session."], 15, ["alcohol"]),
        "ASC": (["R"], ["Review of the cleaning support; the cleaner was turned away twice.",
                        "Social worker phoned R; he said K no longer visits."], 24, None),
        "Housing": (["tenant"], ["Estate officer visit; some rubbish cleared by the cleaner.",
                                 "Rent arrears letter: two months unpaid.",
                                 "Estate officer visit; papers again piled in the hallway."], 16,
                    None),
        "Police": (["R"], ["Welfare check at the request of R's sister; R safe and well.",
                           "Neighbourhood officer visit; R said K had not been back."], 30, None),
        "Fire": (["R"], ["Follow-up home fire safety visit; escape route clear this time.",
                         "Crew checked the smoke alarms at R's flat; working."], 33, None),
        "Ambulance": (["R"], ["999 call: R fell at home while intoxicated; not conveyed.",
                              "111 call: R asked about a cough; advised to see his GP."], 28,
                      None),
        "Hospital": (["R"], ["Outpatient follow-up in the fracture clinic; healing well."], 40,
                     None),
    }
    for a, (parties, summaries, every, indicators) in later.items():
        files[a] += routine("6 July 2021", "25 November 2021", every, parties, summaries,
                            indicators=indicators)

    hosp.append({"date": "28 July 2021", "type": "contact", "parties": ["patient"],
                 "summary": "Admitted after a fall at home with a fractured wrist; malnourished "
                            "and unkempt.",
                 "indicators": ["self-neglect", "alcohol"]})
    hosp.append({"date": "4 August 2021", "type": "contact", "parties": ["patient"],
                 "summary": "Discharged home with a package of care to restart.",
                 "action": "Discharge summary to the GP.",
                 "shared_with": [{"agency": "GP", "date": "25 August 2021", "how": "letter"}],
                 "comment": "The discharge summary was not sent until 25 August.",
                 "significant": True,
                 "note": "PLANTED (late-share): the discharge summary three weeks late."})
    g.append({"date": "26 August 2021", "type": "information-share", "parties": ["R"],
              "summary": "Discharge summary from Millhaven General Hospital received.",
              "received_from": [{"agency": "Hospital", "how": "letter"}]})
    p.append({"date": "20 September 2021", "type": "incident", "parties": ["R", "K"],
              "summary": "K arrested for fraud by false representation after using R's bank "
                         "card; released under investigation.",
              "action": "Adult social care and the landlord told by phone the same day.",
              "indicators": ["financial-abuse", "exploitation"],
              "shared_with": [{"agency": "ASC", "how": "phone"}, {"agency": "Housing",
                                                                   "how": "phone"}],
              "note": "Negative control: both calls received the same day."})
    asc.append({"date": "20 September 2021", "type": "information-share", "parties": ["R", "K"],
                "summary": "Police call about K's arrest for using R's bank card.",
                "received_from": [{"agency": "Police", "how": "phone"}]})
    h.append({"date": "20 September 2021", "type": "information-share", "parties": ["R", "K"],
              "summary": "Police call about K's arrest.",
              "received_from": [{"agency": "Police", "how": "phone"}]})
    amb.append({"date": "14 October 2021", "ref": "EMAS-2291", "type": "referral",
                "parties": ["R"],
                "summary": "Crew attended R after a fall; flat in squalor, no food. Safeguarding "
                           "referral phoned to adult social care.",
                "indicators": ["self-neglect"],
                "shared_with": [{"agency": "ASC", "how": "phone"}],
                "note": "PLANTED (date-conflict): adult social care logs the same call a month "
                        "later."})
    asc.append({"date": "14 November 2021", "ref": "EMAS 2291", "type": "referral",
                "parties": ["R"],
                "summary": "Safeguarding referral from the ambulance service logged: R found on "
                           "the floor, flat in squalor.",
                "received_from": [{"agency": "Ambulance", "how": "phone"}]})
    h.append({"date": "2 December 2021", "type": "contact", "parties": ["tenant", "K"],
              "summary": "Estate officer visit. R said K came back last week and threatened him "
                         "with a kitchen knife when he refused to hand over his card.",
              "action": "Advised R to call the police; no referral made.",
              "indicators": ["weapon", "threats", "financial-abuse"],
              "significant": True,
              "note": "PLANTED (critical-not-shared): the knife kept to the landlord."})
    g.append({"date": "16 December 2021", "type": "contact", "parties": ["patient"],
              "summary": "R attended for a repeat prescription; low mood, drinking more.",
              "indicators": ["alcohol", "mental-health"],
              "note": "PLANTED (the knife unknown): the GP saw R without knowing of it."})

    meta = {
        "GP": ("gp.yaml", "Named GP for adult safeguarding (IMR author)"),
        "CMHT": ("cmht.yaml", "Team manager, community mental health (IMR author)"),
        "Recovery": ("recovery.yaml", "Service manager (IMR author)"),
        "ASC": ("adult-social-care.yaml", "Principal social worker (IMR author)"),
        "Housing": ("housing.yaml", "Head of tenancy services (IMR author)"),
        "Police": ("police.yaml", "Detective inspector, safeguarding review unit (IMR author)"),
        "Fire": ("fire.yaml", "Station manager, prevention (IMR author)"),
        "Ambulance": ("ambulance.yaml", "Safeguarding lead (IMR author)"),
        "Hospital": ("hospital.yaml", "Named nurse for adult safeguarding (IMR author)"),
    }
    names = {"GP": "Millhaven Medical Practice", "CMHT": "Millshire Community Mental Health Team",
             "Recovery": "Millhaven Recovery Service", "ASC": "Millhaven Council Adult Social Care",
             "Housing": "Millhaven Homes", "Police": "Millshire Police",
             "Fire": "Millshire Fire and Rescue Service",
             "Ambulance": "East Millshire Ambulance Service",
             "Hospital": "Millhaven General Hospital"}
    return write_review(SAR, SAR_REGISTER, SAR_REVIEW, SAR_COVERS,
                        [(file, names[a], author, files[a]) for a, (file, author) in meta.items()])


# ---------------------------------------------------------------------------------------
# Northvale CSPR 2023: C2, a baby of eight months, seriously injured in early September
# 2023. The "toxic trio": the parents' domestic abuse, the mother's drinking and drug use,
# her mental ill-health.
# ---------------------------------------------------------------------------------------
CSPR = "examples/northvale-cspr"
CSPR_REVIEW = "Northvale CSPR 2023"
CSPR_COVERS = ("1 January 2023", "31 August 2023")

CSPR_REGISTER = register([
    "A FICTIONAL Child Safeguarding Practice Review (Working Together to Safeguard Children):",
    "every person, place and agency here is invented. C2, a baby of eight months, was seriously",
    "injured at home in early September 2023. Written by examples/generate_kinds.py; walked",
    "through in docs/worked-example.md."],
    CSPR_REVIEW, "cspr", CSPR_COVERS, """
parties:
  - id: M
    role: victim
    aliases: [mother, Ms M, the mother, mum, patient, client]
  - id: F
    role: perpetrator
    aliases: [father, Mr F, the father, dad, partner]
  - id: C1
    role: child
    aliases: [pupil, the older child, sibling]
  - id: C2
    role: child
    aliases: [baby, the baby, infant]

agencies:
  - id: Police
    name: Northvale Police
    aliases: [police, the police]
  - id: HV
    name: Northvale Health Visiting Service
    aliases: [health visitor, HV, health visiting]
  - id: GP
    name: Larch Street Surgery
    aliases: [GP, the GP, GP practice]
  - id: CSC
    name: Northvale Children's Social Care
    aliases: [CSC, children's social care, social care, MASH]
  - id: School
    name: Hillside Primary School
    aliases: [school, the school, Hillside, DSL]
  - id: AMH
    name: Northvale Adult Mental Health Service
    aliases: [mental health service, AMH, crisis team]
  - id: DAS
    name: Northvale Drug and Alcohol Service
    aliases: [drug and alcohol service, DAS]
  - id: Hospital
    name: Northvale Royal Infirmary
    aliases: [hospital, ED, emergency department, NRI]
""")


def cspr():
    files = {a: [] for a in ["Police", "HV", "GP", "CSC", "School", "AMH", "DAS", "Hospital"]}
    pol, hv, gp, csc, school, amh, das, hosp = files.values()

    # January and February: routine contacts before anyone recorded a concern.
    hv += routine("4 January 2023", "22 February 2023", 14, ["M", "baby"], [
        "Home visit: C2 feeding well and gaining weight; mother coping.",
        "Baby clinic: C2 weighed; immunisations discussed.",
        "Phone call with the mother about C2's sleep; advice given.",
        "Home visit: C2 alert and well cared for."])
    gp += routine("10 January 2023", "21 February 2023", 14, ["baby"], [
        "C2's eight-week check: normal.",
        "C2's first immunisations given.",
        "C2 seen with a cold; advice given."])
    school += routine("9 January 2023", "27 February 2023", 7, ["pupil"], [
        "Attendance check: C1 attending well.",
        "C1 settled in class; reading progressing.",
        "Parents' letter about the school trip sent home with C1.",
        "C1 late twice this week; mother phoned to explain."])
    csc += routine("16 January 2023", "13 February 2023", 28, ["pupil"], [
        "Early help records checked after a school query; no open case.",
        "Family information leaflet sent after a school query."], type_="other")
    pol += routine("12 January 2023", "23 February 2023", 21, ["F"], [
        "F reported a lost wallet; reference issued.",
        "F's car recorded as untaxed; advice letter sent."], type_="other")
    amh += routine("18 January 2023", "15 February 2023", 28, ["M"], [
        "Closed-case letter from 2021 re-sent to the mother at her request.",
        "Records check following a call from the GP; no open episode."], type_="other")
    das += routine("25 January 2023", "22 February 2023", 28, ["M"], [
        "Outreach leaflet handed to the mother at the children's centre.",
        "No open case; records check only."], type_="other")
    hosp += routine("6 January 2023", "17 February 2023", 21, ["baby", "M"], [
        "C2 seen in the children's clinic for a hip check; normal.",
        "Outpatient letter to the GP about C2's hip check."], type_="other")

    # March to June.
    gp.append({"date": "1 March 2023", "type": "contact", "parties": ["mother"],
               "summary": "M attended with low mood and anxiety; said she was drinking most "
                          "evenings, a bottle of wine or more.",
               "action": "Sertraline started; referred to the drug and alcohol service.",
               "indicators": ["mental-health", "alcohol"],
               "shared_with": [{"agency": "DAS", "how": "email"}],
               "note": "Negative control: the referral, received the next day."})
    das.append({"date": "2 March 2023", "type": "information-share", "parties": ["M"],
                "summary": "GP referral received: alcohol use and low mood.",
                "received_from": [{"agency": "GP", "how": "email"}]})
    das.append({"date": "6 March 2023", "type": "assessment", "parties": ["client"],
                "summary": "Assessment: drinking about 50 units a week and using cannabis "
                           "daily. M cares for a baby and a six-year-old.",
                "indicators": ["alcohol", "drugs", "mental-health"]})
    pol.append({"date": "10 March 2023", "time": "23:10", "ref": "NP-23-0310",
                "type": "incident", "parties": ["M", "F", "C1", "C2"],
                "summary": "Neighbour called about shouting. F had pushed M into a door and "
                           "punched her; both children were in the flat. Smell of cannabis; M "
                           "said she was on antidepressants and had been drinking.",
                "action": "F arrested. Notification to children's social care by email; "
                          "Operation Encompass call to the school in the morning.",
                "indicators": ["domestic abuse", "physical-assault", "child-present", "alcohol",
                               "drugs", "mental-health"],
                "shared_with": [{"agency": "CSC", "how": "email"},
                                {"agency": "School", "date": "11 March 2023", "how": "phone"}],
                "significant": True,
                "note": "Negative controls: both notifications received. The health visitor "
                        "was not told (PLANTED, see 20 March in hv.yaml)."})
    csc.append({"date": "11 March 2023", "ref": "NP-23-0310", "type": "information-share",
                "parties": ["M", "F", "C1", "C2"],
                "summary": "Police notification of domestic abuse with both children present "
                           "received in the MASH.",
                "received_from": [{"agency": "Police", "how": "email"}]})
    school.append({"date": "11 March 2023", "type": "information-share",
                   "parties": ["pupil", "M", "F"],
                   "summary": "Operation Encompass call from the police before school: domestic "
                              "abuse at home last night.",
                   "received_from": [{"agency": "Police", "how": "phone"}]})
    csc.append({"date": "14 March 2023", "type": "assessment", "parties": ["M", "C1", "C2"],
                "summary": "Child and family assessment started; home visit. M said F has moved "
                           "out.",
                "indicators": ["domestic-abuse"]})
    das.append({"date": "17 March 2023", "type": "contact", "parties": ["client"],
                "summary": "Key-work session. M said F hit her last week and has left.",
                "indicators": ["domestic-abuse", "physical-assault"]})
    hv.append({"date": "20 March 2023", "type": "contact", "parties": ["M", "baby"],
               "summary": "Home visit: C2 well. M tired; no concerns noted.",
               "comment": "The health visitor did not know of the police call-out ten days "
                          "earlier, or of M's drinking and cannabis use.",
               "significant": True,
               "note": "PLANTED (unshared-knowledge): what the police knew, unknown to the "
                       "health visitor."})
    gp.append({"date": "5 April 2023", "type": "information-share", "parties": ["M"],
               "summary": "Letter to the health visitor: M started on sertraline for postnatal "
                          "depression; please offer listening visits.",
               "comment": "The letter did not mention the alcohol use the practice had "
                          "recorded on 1 March.",
               "shared_with": [{"agency": "HV", "about": ["mental-health"], "how": "letter"}],
               "significant": True,
               "note": "PLANTED (partial-share): the drinking left out."})
    hv.append({"date": "6 April 2023", "type": "information-share", "parties": ["M"],
               "summary": "GP letter about M's postnatal depression received.",
               "received_from": [{"agency": "GP", "about": ["mental-health"], "how": "letter"}]})
    das.append({"date": "20 April 2023", "type": "information-share", "parties": ["M"],
                "summary": "Update to children's social care on M's drinking and cannabis use.",
                "shared_with": [{"agency": "CSC", "how": "email"}],
                "note": "Negative control: received the same day."})
    csc.append({"date": "20 April 2023", "type": "information-share", "parties": ["M"],
                "summary": "Update from the drug and alcohol service received.",
                "received_from": [{"agency": "DAS", "how": "email"}]})
    amh.append({"date": "3 May 2023", "type": "assessment", "parties": ["patient"],
                "summary": "Crisis team assessment after M called the crisis line. Relapse of "
                           "depression; she drinks and uses cannabis to cope, and said her "
                           "ex-partner F had been violent.",
                "indicators": ["mental-health", "suicide-risk", "alcohol", "drugs",
                               "domestic-abuse"],
                "action": "Home treatment for two weeks; letter to the GP.",
                "shared_with": [{"agency": "GP", "how": "letter", "date": "4 May 2023"}],
                "note": "Negative control: the letter to the GP, received on 6 May."})
    gp.append({"date": "6 May 2023", "type": "information-share", "parties": ["M"],
               "summary": "Crisis team letter received.",
               "received_from": [{"agency": "AMH", "how": "letter"}]})
    csc.append({"date": "1 June 2023", "type": "meeting", "parties": ["C1", "C2", "M"],
                "summary": "Strategy meeting: the children to be supported under a child in "
                           "need plan.",
                "action": "Minutes and plan to the health visitor, the school, the GP and the "
                          "police.",
                "shared_with": [{"agency": a, "date": "20 June 2023", "how": "email"}
                                for a in ["HV", "School", "GP", "Police"]],
                "comment": "The minutes were not circulated until 20 June.",
                "significant": True,
                "note": "PLANTED (late-share): minutes 19 days after the meeting."})
    pol.append({"date": "2 June 2023", "type": "incident", "parties": ["F"],
                "summary": "F stopped in the town centre carrying a kitchen knife; arrested and "
                           "charged.",
                "action": "Children's social care told by email the same day.",
                "indicators": ["weapon"],
                "shared_with": [{"agency": "CSC", "how": "email"}],
                "significant": True,
                "note": "Negative control: received the same day. The school was not told "
                        "(PLANTED, see 14 June in school.yaml)."})
    csc.append({"date": "2 June 2023", "type": "information-share", "parties": ["F"],
                "summary": "Police email: F charged with possessing a knife in public.",
                "received_from": [{"agency": "Police", "how": "email"}]})
    school.append({"date": "14 June 2023", "type": "contact", "parties": ["pupil", "father"],
                   "summary": "F collected C1 from school and shouted at staff when asked to "
                              "wait for M.",
                   "comment": "Staff did not know F had been charged with carrying a knife "
                              "twelve days earlier.",
                   "significant": True,
                   "note": "PLANTED (unshared-knowledge, a contact with every party named): "
                           "the knife unknown to the school."})
    for a, name in [("HV", hv), ("School", school), ("GP", gp), ("Police", pol)]:
        name.append({"date": "20 June 2023", "type": "information-share", "parties": ["M"],
                     "summary": "Strategy meeting minutes of 1 June received from children's "
                                "social care.",
                     "received_from": [{"agency": "CSC", "how": "email"}]})

    # June to August: routine contacts by agencies that now knew what the others knew.
    later = [
        (hv, ["M", "baby"], ["Listening visit for M's low mood; C2 well.",
                             "Home visit: C2 weighed; M says she has stopped drinking.",
                             "Baby clinic: C2 on track."], 12, "contact"),
        (school, ["pupil"], ["Attendance check: C1 attending.",
                             "C1 quiet in class; DSL checked in with him.",
                             "End of term report sent home."], 7, "contact"),
        (csc, ["M", "C1", "C2"], ["Child in need visit: home tidy, children well.",
                                   "Child in need review meeting with M."], 14, "contact"),
        (gp, ["M"], ["Medication review: sertraline continued.",
                     "M phoned for a repeat prescription."], 16, "contact"),
        (amh, ["M"], ["Home treatment visit; mood improving.",
                      "Discharge planning call with M."], 20, "contact"),
        (das, ["M"], ["Key-work session; drinking reduced.",
                      "M did not attend her key-work session."], 15, "contact"),
        (pol, ["F"], ["F answered bail at the station.",
                      "Court: F given a community order for the knife."], 25, "other"),
    ]
    for target, parties, summaries, every, type_ in later:
        target += routine("22 June 2023", "20 August 2023", every, parties, summaries,
                          type_=type_)

    hosp.append({"date": "15 July 2023", "type": "contact", "parties": ["baby"],
                 "summary": "C2 brought to the emergency department with a bruise to the cheek; "
                            "mother said C2 rolled off the sofa.",
                 "action": "Safeguarding referral phoned to children's social care.",
                 "indicators": ["injury", "physical-assault"],
                 "shared_with": [{"agency": "CSC", "how": "phone"}],
                 "comment": "Bruising in a non-mobile baby; the department did not check the "
                            "family's history with children's social care.",
                 "significant": True,
                 "note": "PLANTED (unreceived-share): children's social care has no record "
                         "of the call."})
    das.append({"date": "25 August 2023", "type": "disclosure", "parties": ["client", "F"],
                "summary": "M said F has been coming back to the flat and told her last week he "
                           "would kill her if she went to the police.",
                "action": "M advised to contact the police herself.",
                "indicators": ["threats to kill", "domestic-abuse"],
                "significant": True,
                "note": "PLANTED (critical-not-shared): the threat kept to one service."})

    meta = {
        "Police": ("police.yaml", "Northvale Police", "Detective sergeant, review unit"),
        "HV": ("health-visiting.yaml", "Northvale Health Visiting Service",
               "Named nurse for safeguarding children"),
        "GP": ("gp.yaml", "Larch Street Surgery", "Named GP for safeguarding children"),
        "CSC": ("childrens-social-care.yaml", "Northvale Children's Social Care",
                "Service manager, quality assurance"),
        "School": ("school.yaml", "Hillside Primary School", "Designated safeguarding lead"),
        "AMH": ("mental-health.yaml", "Northvale Adult Mental Health Service",
                "Safeguarding practitioner"),
        "DAS": ("drug-alcohol.yaml", "Northvale Drug and Alcohol Service", "Service manager"),
        "Hospital": ("hospital.yaml", "Northvale Royal Infirmary",
                     "Named nurse for safeguarding children"),
    }
    return write_review(CSPR, CSPR_REGISTER, CSPR_REVIEW, CSPR_COVERS,
                        [(file, name, author + " (IMR author)", files[a])
                         for a, (file, name, author) in meta.items()])


if __name__ == "__main__":
    print("millhaven-sar:", sar(), "entries")
    print("northvale-cspr:", cspr(), "entries")
