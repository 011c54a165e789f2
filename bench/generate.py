#!/usr/bin/python3
"""Writes a fictional review folder of any size, for benchmarks.

    bench/generate.py OUT_DIR [--agencies 9] [--entries 1500] [--format yaml|json|mixed]
                              [--seed 1]

The same arguments always give the same bytes (a seeded generator, no clock, no
environment). The folder holds a review.yaml register and one chronology per agency,
written the way IMR authors write them: dates in the spec's many forms (day, month,
part-month, season, range, approximate; numeric ones day first, or month first in files
that say `date_order: mdy`, sometimes after `entries`), times in 23:40 / 2340hrs / 11.40pm
forms, parties and agencies by alias, indicators by alias, risk assessments, and shares
between agencies that the recipient records as a receipt most of the time. Summaries,
actions and comments are sentences of the length IMRs use (the example review averages
about 450 bytes an entry). Every name resolves and every date is valid, so a run
measures the work, not the printing of diagnostics.

Runs with Debian's /usr/bin/python3; needs nothing beyond the standard library.
"""

import argparse
import datetime
import json
import os
import random
import re

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

PARTIES = [
    ("K", "victim", ["Ms K", "the victim", "victim", "client", "patient", "tenant"], ["Karen Fictional"]),
    ("D", "perpetrator", ["Mr D", "ex-partner", "perpetrator", "alleged perpetrator", "AP", "offender"],
     ["Darren Madeup"]),
    ("C1", "child", ["child", "son", "K's son"], ["Charlie Fictional"]),
    ("C2", "child", ["daughter", "K's daughter"], ["Chloe Fictional"]),
    ("GM", "family", ["grandmother", "K's mother"], ["Gwen Fictional"]),
    ("P2", "partner", ["new partner", "K's new partner"], ["Peter Notreal"]),
    ("N1", "other", ["neighbour", "the neighbour"], ["Nora Placeholder"]),
]

# (id, canonical name, aliases, file stem, kind of service)
AGENCY_KINDS = [
    ("Police", "Northvale Constabulary", ["NVC", "Northvale Police", "the police", "DASU"], "police", "police"),
    ("Hospital", "Riverside General Hospital", ["RGH", "A&E", "Emergency Department"], "hospital", "health"),
    ("GP", "Millbrook Surgery", ["GP", "the GP", "Millbrook Medical Practice"], "gp", "health"),
    ("Probation", "Northvale Probation Service", ["probation", "NVPS", "Offender Manager"], "probation", "justice"),
    ("Horizon", "Horizon Recovery", ["Horizon", "drug and alcohol service"], "drug-alcohol", "health"),
    ("IDVA", "Riverside Domestic Abuse Advocacy Service", ["RDAAS", "IDVA", "Riverside IDVA"], "idva", "support"),
    ("Housing", "Riverside Borough Council Housing", ["RBC Housing", "Housing Options"], "housing", "council"),
    ("MARAC", "Northvale MARAC", ["MARAC", "MARAC coordinator"], "marac", "meeting"),
    ("CSC", "Northvale County Council Children's Services", ["Children's Services", "CSC"],
     "childrens-services", "council"),
    ("Mental", "Riverside Mental Health Trust", ["RMHT", "CMHT", "mental health team"], "mental-health", "health"),
    ("Ambulance", "Northvale Ambulance Service", ["NAS", "ambulance service"], "ambulance", "health"),
    ("School", "Riverside Primary School", ["the school", "RPS"], "school", "education"),
]
# Agencies that others name but that submit no chronology.
EXTERNAL = [("CPS", "Crown Prosecution Service", ["CPS"]), ("VictimCare", "Northvale Victim Care", ["Victim Care"])]

INDICATORS = [  # (canonical, ways authors write it), weighted by how often IMRs record them
    ("domestic-abuse", ["domestic-abuse", "DV", "domestic abuse", "DA"], 10),
    ("physical-assault", ["physical-assault", "assault", "ABH"], 5),
    ("injury", ["injury", "injuries", "bruising"], 5),
    ("alcohol", ["alcohol", "alcohol misuse"], 5),
    ("mental-health", ["mental-health", "depression", "anxiety"], 4),
    ("child-present", ["child-present", "children present"], 3),
    ("harassment", ["harassment", "harassing texts"], 3),
    ("coercive-control", ["coercive-control", "controlling behaviour"], 3),
    ("separation", ["separation", "recent separation"], 2),
    ("threat-to-kill", ["threat-to-kill", "threats to kill", "TTK"], 1),
    ("strangulation", ["strangulation", "choking"], 1),
    ("breach-of-order", ["breach-of-order", "bail breach", "breach of bail"], 1),
    ("weapon", ["weapon", "knife"], 1),
    ("suicide-risk", ["suicide-risk", "suicidal"], 1),
    ("homelessness", ["homelessness", "homeless"], 1),
]

TYPES = ["contact", "contact", "contact", "incident", "referral", "assessment", "disclosure", "meeting",
         "court", "information-share", "other"]

OPENINGS = {
    "police": ["999 call from {n} reporting shouting and a woman screaming at {v}'s address.",
               "Officers attended {v}'s flat after a call from {n}.",
               "{p} arrested on suspicion of assault and interviewed under caution.",
               "{v} attended the front counter to report that {p} had been sending abusive texts."],
    "health": ["{v} attended with a bruised forearm and a cut above the eye, saying she had fallen.",
               "Appointment with {v}, who reported low mood and poor sleep.",
               "{v} seen at home: tearful and anxious, said she was drinking more since the separation.",
               "Telephone consultation with {v} about medication for anxiety."],
    "justice": ["Supervision appointment with {p}, who said the relationship with {v} was over.",
                "{p} failed to attend his appointment; a warning letter was sent.",
                "Pre-sentence report interview with {p}, who minimised the offence."],
    "support": ["First contact with {v} after a referral; she described controlling behaviour by {p}.",
                "Safety planning call with {v}, who said {p} had been outside her mother's house.",
                "{v} phoned to say she had changed her mind about the restraining order."],
    "council": ["{v} presented as homeless after leaving the family home with {c}.",
                "Home visit to {v} and {c}; the house was clean and {c} appeared well cared for.",
                "Referral received about {c} following a domestic abuse notification."],
    "meeting": ["MARAC meeting heard the case of {v}: DASH 17, police referral after an assault by {p}.",
                "Case discussed at MARAC; actions agreed for police, IDVA and housing."],
    "education": ["{c} arrived at school upset and said there had been shouting at home.",
                  "Attendance concern raised about {c}; {v} said the family were unwell."],
}
DETAILS = [
    "{v} said she did not want to make a statement.",
    "{p} was not present and his whereabouts were unknown.",
    "The officer noted that {c} was asleep upstairs during the incident.",
    "{v} disclosed that {p} had threatened her in the past but she had not reported it.",
    "A DASH risk checklist was offered but {v} declined to answer the questions.",
    "The worker recorded concerns about escalation since the separation in the spring.",
    "No safeguarding concerns were recorded at the time.",
    "Advice was given about local domestic abuse services and the helpline number.",
    "{v} appeared frightened and kept checking her phone during the appointment.",
    "The record does not say whether {v} was seen alone.",
]
ACTIONS = [
    "DASH completed: medium. Referral to the IDVA service.",
    "Safeguarding referral made to Children's Services by secure email.",
    "Follow-up appointment booked in two weeks.",
    "Letter sent to the GP with the discharge summary.",
    "No further action; case closed.",
    "Information shared with the MARAC coordinator.",
    "{p} bailed with conditions not to contact {v}.",
    "Safety plan agreed and a panic alarm requested.",
]
COMMENTS = [
    "The IMR author considers that a referral to MARAC should have been made at this point.",
    "Routine enquiry about domestic abuse was not made, contrary to the agency's policy.",
    "This was a missed opportunity to share information with the GP.",
    "The practitioner did not check the agency's records for previous incidents.",
    "Good practice: the worker saw {v} alone and recorded her own words.",
]


class Generator:
    def __init__(self, args):
        self.rng = random.Random(args.seed)
        self.args = args
        self.first = datetime.date(2010, 1, 1)
        self.last = datetime.date(2014, 6, 28)
        self.span = (self.last - self.first).days
        self.weights = [w for _, _, w in INDICATORS]

    def agencies(self):
        out = []
        for i in range(self.args.agencies):
            base = AGENCY_KINDS[i % len(AGENCY_KINDS)]
            round_ = i // len(AGENCY_KINDS)
            if round_ == 0:
                out.append(base)
            else:  # more agencies than kinds: neighbouring areas' services
                suffix = " (Area %d)" % (round_ + 1)
                out.append((base[0] + str(round_ + 1), base[1] + suffix,
                            [a + " " + str(round_ + 1) for a in base[2]],
                            base[3] + "-" + str(round_ + 1), base[4]))
        return out

    # ---- dates ------------------------------------------------------------------
    def date_text(self, day, mdy):
        r = self.rng.random()
        d, m, y = day.day, day.month, day.year
        if r < 0.30:
            return "%d %s %d" % (d, MONTHS[m - 1], y)
        if r < 0.48:
            return "%02d/%02d/%d" % ((m, d, y) if mdy else (d, m, y))
        if r < 0.62:
            return day.isoformat()
        if r < 0.67:
            suffix = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
            return "%d%s %s %d" % (d, suffix, MONTHS[m - 1][:3], y)
        if r < 0.71:
            return "%s %d %s %d" % (DAYS[day.weekday()], d, MONTHS[m - 1], y)
        if r < 0.75:
            return "%s %d, %d" % (MONTHS[m - 1], d, y)
        if r < 0.79:
            return "%02d.%02d.%d" % ((m, d, y) if mdy else (d, m, y))
        if r < 0.84:
            return "%s %d" % (MONTHS[m - 1], y)
        if r < 0.87:
            part = "early" if d <= 10 else "mid" if d <= 20 else "late"
            return "%s %s %d" % (part, MONTHS[m - 1], y)
        if r < 0.89:
            season = ["winter", "winter", "spring", "spring", "spring", "summer", "summer", "summer",
                      "autumn", "autumn", "autumn", "winter"][m - 1]
            year = y - 1 if season == "winter" and m <= 2 else y
            return "%s %d" % (season, year)
        if r < 0.93:
            end = day + datetime.timedelta(days=self.rng.randint(1, 9))
            if end.month == m and end.year == y:
                return "%d-%d %s %d" % (d, end.day, MONTHS[m - 1], y)
            return "%d %s – %d %s %d" % (d, MONTHS[m - 1], end.day, MONTHS[end.month - 1], end.year) \
                if end.year == y else "%d %s %d to %d %s %d" % (d, MONTHS[m - 1], y, end.day,
                                                                 MONTHS[end.month - 1], end.year)
        if r < 0.96:
            return "approx. %d %s %d" % (d, MONTHS[m - 1][:3], y)
        if r < 0.98:
            return "c. %s %d" % (MONTHS[m - 1], y)
        return "about %s %d" % (MONTHS[m - 1], y)

    def time_text(self):
        h, mi = self.rng.randint(0, 23), self.rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
        r = self.rng.random()
        if r < 0.6:
            return "%02d:%02d" % (h, mi)
        if r < 0.8:
            return "%02d%02dhrs" % (h, mi)
        return "%d.%02d%s" % ((h % 12) or 12, mi, "am" if h < 12 else "pm")

    # ---- text -------------------------------------------------------------------
    def fill(self, text):
        return text.format(v=self.rng.choice(["K", "Ms K"]), p=self.rng.choice(["D", "Mr D"]),
                           c=self.rng.choice(["C1", "C2"]), n=self.rng.choice(["a neighbour", "K's mother"]))

    def summary(self, kind):
        parts = [self.fill(self.rng.choice(OPENINGS[kind]))]
        for detail in self.rng.sample(DETAILS, self.rng.choice([1, 1, 2, 2, 3])):
            parts.append(self.fill(detail))
        return " ".join(parts)

    def indicators(self):
        chosen = []
        for _ in range(self.rng.choice([0, 1, 1, 2, 2, 3, 4])):
            canonical, forms, _ = self.rng.choices(INDICATORS, self.weights)[0]
            if all(c != canonical for c, _ in chosen):
                chosen.append((canonical, self.rng.choice(forms)))
        return chosen

    # ---- the review -------------------------------------------------------------
    def plan(self):
        """Every entry of every agency, as dicts, before writing."""
        agencies = self.agencies()
        n = len(agencies)
        per = [self.args.entries // n + (1 if i < self.args.entries % n else 0) for i in range(n)]
        files = [[] for _ in range(n)]
        refs = 0
        pending = [[] for _ in range(n)]  # receipts owed to each agency: (day, entry)
        for i, (aid, name, aliases, stem, kind) in enumerate(agencies):
            count = per[i]
            days = sorted(self.first + datetime.timedelta(days=self.rng.randrange(self.span))
                          for _ in range(count))
            for day in days:
                entry = {"day": day, "type": self.rng.choice(TYPES)}
                who = ["K"] + self.rng.sample(["D", "C1", "GM", "P2", "N1", "C2"], self.rng.choice([0, 1, 1, 2]))
                entry["parties"] = [self.rng.choice([p for p in PARTIES if p[0] == w][0][2] + [w]) for w in who]
                entry["summary"] = self.summary(kind)
                if self.rng.random() < 0.5:
                    entry["action"] = self.fill(self.rng.choice(ACTIONS))
                if self.rng.random() < 0.2:
                    entry["comment"] = self.fill(self.rng.choice(COMMENTS))
                if self.rng.random() < 0.4:
                    entry["time"] = self.time_text()
                if self.rng.random() < 0.3:
                    refs += 1
                    entry["ref"] = "%s-%s-%04d" % (aid.upper()[:4], day.strftime("%Y%m%d"), refs % 10000)
                entry["indicators"] = self.indicators()
                if self.rng.random() < 0.05:
                    entry["risk"] = {"tool": "DASH", "level": self.rng.choice(["standard", "medium", "high"]),
                                     "score": self.rng.randint(3, 20), "subject": "K"}
                if self.rng.random() < 0.03:
                    entry["significant"] = True
                if self.rng.random() < 0.15:
                    self.add_share(entry, i, agencies, pending)
                files[i].append(entry)
        # Receipts: most shares are recorded by their recipient within a few days.
        for j in range(n):
            for day, sender, about, how, ref in pending[j]:
                entry = {"day": day, "type": "information-share", "parties": ["K"],
                         "summary": "Information received from %s about K: %s" % (
                             sender, self.fill(self.rng.choice(DETAILS))),
                         "indicators": [], "received": (sender, about, how)}
                if ref:
                    entry["ref"] = ref
                files[j].append(entry)
            files[j].sort(key=lambda e: e["day"])
        return agencies, files

    def add_share(self, entry, i, agencies, pending):
        n = len(agencies)
        r = self.rng.random()
        if r < 0.12:  # to an agency with no chronology
            target = self.rng.choice(EXTERNAL)
            entry["shared"] = (self.rng.choice(target[2] + [target[1]]), [], None, None)
            return
        j = self.rng.randrange(n)
        if j == i:
            j = (i + 1) % n
        name = self.rng.choice(agencies[j][2] + [agencies[j][1]])
        about = [self.rng.choice(forms) for c, forms, _ in self.rng.sample(INDICATORS, self.rng.choice([0, 1, 2]))]
        how = self.rng.choice([None, "phone", "email", "letter", "system", "meeting"])
        shared_day = None
        if self.rng.random() < 0.2:
            shared_day = entry["day"] + datetime.timedelta(days=self.rng.randint(0, 6))
        entry["shared"] = (name, about, how, shared_day)
        if self.rng.random() < 0.8:
            delay = self.rng.choice([0, 0, 0, 1, 1, 2, 3, 5, 9])
            when = (shared_day or entry["day"]) + datetime.timedelta(days=delay)
            if when <= self.last:
                sender = self.rng.choice(agencies[i][2] + [agencies[i][1]])
                pending[j].append((when, sender, about, how, entry.get("ref")))


# ---- writing --------------------------------------------------------------------
PLAIN = re.compile(r"^[A-Za-z0-9(][A-Za-z0-9 .'()&/\-–]*$")  # no commas: flow lists split on them


def yaml_scalar(text):
    """A plain scalar where YAML reads it back as the same text, else a quoted one."""
    if PLAIN.match(text) and ": " not in text and " #" not in text and text.lower() not in (
            "yes", "no", "true", "false", "null", "on", "off", "y", "n") and not re.match(r"^[0-9.:]+$", text):
        return text
    return json.dumps(text, ensure_ascii=False)


def yaml_list(items):
    return "[" + ", ".join(yaml_scalar(x) for x in items) + "]"


def folded(text, indent):
    """A `>-` block: the way long summaries are usually written in YAML."""
    lines, line = [], ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > 84:
            lines.append(line)
            line = word
        else:
            line = word if not line else line + " " + word
    lines.append(line)
    pad = " " * indent
    return ">-\n" + "\n".join(pad + x for x in lines)


class Writer:
    def __init__(self, gen):
        self.gen = gen
        self.rng = random.Random(gen.args.seed + 1)

    def entry_fields(self, e, mdy):
        """The entry as ordered (key, value) pairs with values as Python data."""
        out = [("date", self.gen.date_text(e["day"], mdy))]
        if "time" in e:
            out.append(("time", e["time"]))
        if "ref" in e:
            out.append(("ref", e["ref"]))
        out.append(("type", e["type"]))
        out.append(("parties", e["parties"]))
        out.append(("summary", e["summary"]))
        for key in ("action", "comment"):
            if key in e:
                out.append((key, e[key]))
        if e["indicators"]:
            out.append(("indicators", [w for _, w in e["indicators"]]))
        if "risk" in e:
            out.append(("risk", e["risk"]))
        if "shared" in e:
            name, about, how, day = e["shared"]
            if not about and not how and not day:
                out.append(("shared_with", [name]))
            else:
                share = {"agency": name}
                if about:
                    share["about"] = about
                if day:
                    share["date"] = self.gen.date_text(day, mdy) if self.rng.random() < 0.5 else day.isoformat()
                if how:
                    share["how"] = how
                out.append(("shared_with", [share]))
        if "received" in e:
            sender, about, how = e["received"]
            share = {"agency": sender}
            if about:
                share["about"] = about
            if how:
                share["how"] = how
            out.append(("received_from", [share] if len(share) > 1 else [sender]))
        if e.get("significant"):
            out.append(("significant", True))
        return out

    def header(self, agency, mdy, review):
        aid, name, aliases, stem, kind = agency
        written = self.rng.choice(aliases + [name])
        return [("format", "imr-chronology/1"), ("agency", written),
                ("author", "IMR author, %s safeguarding team" % name.split(" (")[0]),
                ("review", review),
                ("covers", {"from": "1 January 2010", "to": "28 June 2014"})] + (
            [("date_order", "mdy")] if mdy else [])

    def yaml_file(self, path, agency, entries, mdy, order_last, review):
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write("# FICTIONAL benchmark chronology written by bench/generate.py\n")
            head = self.header(agency, mdy, review)
            late = [kv for kv in head if kv[0] == "date_order"] if order_last else []
            for key, value in head:
                if (key, value) in late:
                    continue
                if key == "covers":
                    f.write("covers: {from: %s, to: %s}\n" % (value["from"], value["to"]))
                else:
                    f.write("%s: %s\n" % (key, yaml_scalar(value)))
            f.write("entries:\n")
            for e in entries:
                fields = self.entry_fields(e, mdy)
                for k, (key, value) in enumerate(fields):
                    lead = "  - " if k == 0 else "    "
                    f.write(lead + key + ": " + self.yaml_value(key, value) + "\n")
                f.write("\n")
            for key, value in late:
                f.write("%s: %s\n" % (key, value))

    def yaml_value(self, key, value):
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, list):
            if value and isinstance(value[0], dict):
                return "\n" + "\n".join("      - " + self.flow_map(v) for v in value)
            return yaml_list(value)
        if isinstance(value, dict):
            return self.flow_map(value)
        if key in ("summary", "comment") and len(value) > 90 and self.rng.random() < 0.6:
            return folded(value, 6)
        if key == "time":
            return json.dumps(value)
        return yaml_scalar(str(value))

    def flow_map(self, value):
        parts = []
        for k, v in value.items():
            if isinstance(v, list):
                parts.append("%s: %s" % (k, yaml_list(v)))
            elif isinstance(v, int):
                parts.append("%s: %d" % (k, v))
            else:
                parts.append("%s: %s" % (k, yaml_scalar(v)))
        return "{" + ", ".join(parts) + "}"

    def json_file(self, path, agency, entries, mdy, order_last, review):
        head = self.header(agency, mdy, review)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write("{\n")
            for key, value in head:
                if order_last and key == "date_order":
                    continue
                f.write('  %s: %s,\n' % (json.dumps(key), json.dumps(value, ensure_ascii=False)))
            f.write('  "entries": [')
            for n, e in enumerate(entries):
                fields = self.entry_fields(e, mdy)
                body = ",\n".join('      %s: %s' % (json.dumps(k), json.dumps(v, ensure_ascii=False))
                                  for k, v in fields)
                f.write(("," if n else "") + "\n    {\n" + body + "\n    }")
            f.write("\n  ]")
            if order_last and mdy:
                f.write(',\n  "date_order": "mdy"')
            f.write("\n}\n")


def write_register(path, agencies, review):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("# FICTIONAL benchmark review written by bench/generate.py\n")
        f.write("format: imr-review/1\nreview: %s\nperiod: {from: 1 January 2010, to: 28 June 2014}\n" % review)
        f.write("parties:\n")
        for pid, role, aliases, private in PARTIES:
            f.write("  - id: %s\n    role: %s\n    aliases: %s\n    private: %s\n" % (
                pid, role, yaml_list(aliases), yaml_list(private)))
        f.write("agencies:\n")
        for aid, name, aliases, _, _ in agencies:
            f.write("  - id: %s\n    name: %s\n    aliases: %s\n" % (aid, yaml_scalar(name), yaml_list(aliases)))
        for aid, name, aliases in EXTERNAL:
            f.write("  - id: %s\n    name: %s\n    aliases: %s\n" % (aid, yaml_scalar(name), yaml_list(aliases)))
        f.write("indicators:\n  homelessness: [homeless, housing need]\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out")
    parser.add_argument("--agencies", type=int, default=9)
    parser.add_argument("--entries", type=int, default=1500, help="entries in all, before receipts are added")
    parser.add_argument("--format", choices=["yaml", "json", "mixed"], default="mixed")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if args.agencies < 2:
        parser.error("--agencies must be at least 2")
    os.makedirs(args.out, exist_ok=True)
    gen = Generator(args)
    agencies, files = gen.plan()
    review = "Benchmark DHR %d" % args.seed
    write_register(os.path.join(args.out, "review.yaml"), agencies, review)
    writer = Writer(gen)
    total = 0
    for i, (agency, entries) in enumerate(zip(agencies, files)):
        fmt = args.format if args.format != "mixed" else ("json" if i % 3 == 2 else "yaml")
        mdy = i % 5 == 4
        order_last = mdy and i % 2 == 0
        path = os.path.join(args.out, agency[3] + "." + fmt)
        (writer.json_file if fmt == "json" else writer.yaml_file)(path, agency, entries, mdy, order_last, review)
        total += len(entries)
    print("%s: %d agencies, %d entries" % (args.out, len(agencies), total))


if __name__ == "__main__":
    main()
