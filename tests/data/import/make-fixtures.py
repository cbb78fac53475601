#!/usr/bin/env python3
"""Writes the import fixtures of issue 12 that are easier made than typed: survey exports as the
tools really write them (encodings, Excel workbooks), generated and committed beside this script.

    python3 tests/data/import/make-fixtures.py     # rewrites them; the output is deterministic

Workbooks are zip files of SpreadsheetML written here part by part, as Excel, Qualtrics and
SurveyMonkey write them: shared strings, inline strings, numbers with Excel's float noise,
dates as serial numbers with a date style (1900 and 1904 date systems), empty cells left out,
styled empty cells, rows skipped.
"""
import datetime
import os
import random
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))


def write(relative, data, mode="wb"):
    path = os.path.join(HERE, relative)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, mode) as out:
        out.write(data)


# --- A wide airline export without a respondent column (points 1, 2, 3) -----------------------

def airline():
    rng = random.Random(20260412)
    header = ["Gender", "Customer Type", "Age", "Type of Travel", "Class", "Flight Distance",
              "In-flight Wifi Service", "Online Boarding", "Seat Comfort", "Baggage handling",
              "Departure Delay in Minutes", "Recommended"]
    lines = [",".join(header)]
    for i in range(40):
        wifi = rng.choice([0, 1, 2, 3, 4, 5])
        boarding = rng.choice([1, 2, 3, 4, 5])
        seat = rng.choice([0, 2, 3, 4, 5])
        baggage = rng.choice([1, 2, 3, 4, 5])
        # Boarding decides the recommendation: the moment of truth the analysis must find.
        recommended = 1 if boarding >= 4 else 0
        lines.append(",".join(str(v) for v in [
            rng.choice(["Male", "Female"]), rng.choice(["Loyal Customer", "disloyal Customer"]),
            rng.randint(18, 75), rng.choice(["Business travel", "Personal Travel"]),
            rng.choice(["Business", "Eco", "Eco Plus"]), rng.randint(200, 4000),
            wifi, boarding, seat, baggage, rng.randint(0, 120), recommended]))
    write("real-airline/data.csv", ("\n".join(lines) + "\n").encode())


# --- Encodings (point 7) ------------------------------------------------------------------------

ENCODED = ("respondent;segment;Online checkout;Welcome email\n"
           "R1;Café Crème;5;4\n"
           "R2;Über-Kunden;3;2\n"
           "R3;Preis \u20ac – günstig;4;5\n")


def encodings():
    write("encodings/utf8.csv", ENCODED.encode("utf-8"))
    write("encodings/utf8-bom.csv", b"\xef\xbb\xbf" + ENCODED.encode("utf-8"))
    write("encodings/utf16le-bom.csv", b"\xff\xfe" + ENCODED.replace("\n", "\r\n").encode("utf-16-le"))
    write("encodings/utf16be-bom.csv", b"\xfe\xff" + ENCODED.encode("utf-16-be"))
    write("encodings/windows-1252.csv", ENCODED.replace("\n", "\r\n").encode("cp1252"))
    write("encodings/utf32.csv", b"\xff\xfe\x00\x00" + ENCODED.encode("utf-32-le"))
    # Bytes no encoding explains: valid UTF-8 first, then a lone Windows-1252 byte.
    write("encodings/mixed.csv", "respondent;segment;Online checkout\nR1;Café;5\n".encode("utf-8")
          + b"R2;Caf\xe9;4\n")


# --- Workbooks (point 8) ------------------------------------------------------------------------

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def esc(text):
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def column_name(index):
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


class Date:
    def __init__(self, value, with_time=True):
        self.value = value
        self.with_time = with_time


class Raw:
    """A cell written as given: ('str', 'text'), ('bool', True), ('err', '#N/A'), ('noise', 4.1)."""

    def __init__(self, kind, value):
        self.kind = kind
        self.value = value


def serial(moment, date1904):
    epoch = datetime.datetime(1904, 1, 1) if date1904 else datetime.datetime(1899, 12, 30)
    delta = moment - epoch
    return delta.days + delta.seconds / 86400.0


def workbook(path, sheets, date1904=False, inline=False, styled_blanks=False):
    """sheets: [(name, {row number: [cells]})]; a cell is None (left out), str, int, float, Date or Raw."""
    shared, index = [], {}

    def shared_index(text):
        if text not in index:
            index[text] = len(shared)
            shared.append(text)
        return index[text]

    sheet_parts = []
    for name, rows in sheets:
        out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
               f'<worksheet xmlns="{MAIN}" xmlns:r="{RELS}"><sheetData>']
        for number in sorted(rows):
            cells = rows[number]
            out.append(f'<row r="{number}" spans="1:{len(cells)}">')
            for col, cell in enumerate(cells):
                ref = f"{column_name(col)}{number}"
                if cell is None:
                    if styled_blanks:
                        out.append(f'<c r="{ref}" s="3"/>')
                    continue
                if isinstance(cell, Date):
                    style = 2 if cell.with_time else 1
                    out.append(f'<c r="{ref}" s="{style}"><v>{serial(cell.value, date1904)!r}</v></c>')
                elif isinstance(cell, Raw):
                    if cell.kind == "str":
                        out.append(f'<c r="{ref}" t="str"><f>A1</f><v>{esc(cell.value)}</v></c>')
                    elif cell.kind == "bool":
                        out.append(f'<c r="{ref}" t="b"><v>{1 if cell.value else 0}</v></c>')
                    elif cell.kind == "err":
                        out.append(f'<c r="{ref}" t="e"><v>{esc(cell.value)}</v></c>')
                    elif cell.kind == "noise":
                        out.append(f'<c r="{ref}"><v>{format(cell.value, ".17g")}</v></c>')
                    elif cell.kind == "rich":
                        out.append(f'<c r="{ref}" t="s"><v>{shared_index(tuple(cell.value))}</v></c>')
                elif isinstance(cell, (int, float)):
                    out.append(f'<c r="{ref}"><v>{cell}</v></c>')
                elif inline:
                    out.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{esc(cell)}</t></is></c>')
                else:
                    out.append(f'<c r="{ref}" t="s"><v>{shared_index(cell)}</v></c>')
            out.append("</row>")
        out.append("</sheetData></worksheet>")
        sheet_parts.append("".join(out))

    items = []
    for text in shared:
        if isinstance(text, tuple):
            runs = "".join(f'<r><t xml:space="preserve">{esc(part)}</t></r>' for part in text)
            # A phonetic guide is no part of the text.
            items.append(f'<si>{runs}<rPh sb="0" eb="1"><t>ignored</t></rPh></si>')
        else:
            items.append(f'<si><t xml:space="preserve">{esc(text)}</t></si>')
    shared_xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="{MAIN}" '
                  f'count="{len(shared)}" uniqueCount="{len(shared)}">' + "".join(items) + "</sst>")
    styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="{MAIN}">'
              '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd\\ hh:mm:ss"/></numFmts>'
              '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/>'
              '<xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="0" fillId="1"/></cellXfs></styleSheet>')
    sheets_xml = "".join(f'<sheet name="{esc(name)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>'
                         for i, (name, _) in enumerate(sheets))
    system = ' date1904="1"' if date1904 else ""
    workbook_xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="{MAIN}" '
                    f'xmlns:r="{RELS}"><workbookPr{system}/>'
                    f'<sheets>{sheets_xml}</sheets></workbook>')
    rels = "".join(f'<Relationship Id="rId{i + 1}" Type="{RELS}/worksheet" Target="worksheets/sheet{i + 1}.xml"/>'
                   for i in range(len(sheets)))
    n = len(sheets)
    rels += (f'<Relationship Id="rId{n + 1}" Type="{RELS}/sharedStrings" Target="sharedStrings.xml"/>'
             f'<Relationship Id="rId{n + 2}" Type="{RELS}/styles" Target="styles.xml"/>')
    workbook_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships '
                     'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + rels + "</Relationships>")
    root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships '
                 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 f'<Relationship Id="rId1" Type="{RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    overrides = "".join(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/'
                        'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(n))
    content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.'
                     'openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="'
                     'application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
                     'ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="'
                     'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                     + overrides + "</Types>")
    target = os.path.join(HERE, path)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    fixed = (2026, 1, 1, 0, 0, 0)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        def put(name, text):
            archive.writestr(zipfile.ZipInfo(name, fixed), text, compress_type=zipfile.ZIP_DEFLATED)
        put("[Content_Types].xml", content_types)
        put("_rels/.rels", root_rels)
        put("xl/workbook.xml", workbook_xml)
        put("xl/_rels/workbook.xml.rels", workbook_rels)
        put("xl/styles.xml", styles)
        if not inline:
            put("xl/sharedStrings.xml", shared_xml)
        for i, part in enumerate(sheet_parts):
            put(f"xl/worksheets/sheet{i + 1}.xml", part)


def workbooks():
    # Qualtrics: three header rows, dates as text in the export's zone, shared strings.
    q = {
        1: ["StartDate", "EndDate", "Status", "IPAddress", "RecordedDate", "ResponseId", "RecipientEmail",
            "Q1", "Q2_1", "Q2_2", "Q3", "Q4"],
        2: ["Start Date", "End Date", "Response Type", "IP Address", "Recorded Date", "Response ID",
            "Recipient Email", "Which plan did you choose?",
            "How satisfied were you with each step? - Online checkout",
            "How satisfied were you with each step? - Welcome email",
            "How easy was it to get help from our support chat?",
            "How likely are you to recommend us to a friend or colleague?"],
        3: ['{"ImportId":"startDate","timeZone":"America/Denver"}', '{"ImportId":"endDate","timeZone":"America/Denver"}',
            '{"ImportId":"status"}', '{"ImportId":"ipAddress"}',
            '{"ImportId":"recordedDate","timeZone":"America/Denver"}', '{"ImportId":"_recordId"}',
            '{"ImportId":"recipientEmail"}', '{"ImportId":"QID1"}', '{"ImportId":"QID2_1"}', '{"ImportId":"QID2_2"}',
            '{"ImportId":"QID3"}', '{"ImportId":"QID4"}'],
        4: ["2026-02-28 18:22:03", "2026-02-28 18:30:00", "IP Address", "203.0.113.5", "2026-02-28 18:30:01",
            "R_1dN3kPz0aBcDeFg", "anna.smith@example.com", "SIM only", "Extremely satisfied",
            "Somewhat satisfied", 6, "9"],
        5: ["2026-03-03 08:01:15", "2026-03-03 08:05:40", "IP Address", "198.51.100.14", "2026-03-03 08:05:41",
            "R_2eP4lQa1bCdEfGh", "bola.okafor@example.org", "Business", "Somewhat dissatisfied", None, 2,
            "0 - Not at all likely"],
        6: ["2026-03-09 12:00:00", "2026-03-09 12:04:00", "IP Address", "192.0.2.77", "2026-03-09 12:04:02",
            "R_3fQ5mRb2cDeFgHi", None, "SIM only", "Neither satisfied nor dissatisfied", "Extremely satisfied",
            Raw("noise", 4.1), "10 - Extremely likely"],
    }
    workbook("xlsx/qualtrics.xlsx", [("Sheet0", q)])

    # SurveyMonkey: two header rows (the question row sparse), dates as serials with a date
    # style in the 1900 system, respondent IDs as numbers, empty cells left out, and styled
    # empty cells at the ends of rows.
    m = {
        1: ["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address",
            "How satisfied were you with each step of switching to us?", None, None, None,
            "Which plan did you choose?", "How likely is it that you would recommend us to a friend or colleague?"],
        2: [None, None, None, None, None, None, "Online checkout", "Welcome email", "SIM activation",
            "Support chat", "Response", "Response"],
        3: [114211239876, 431234567, Date(datetime.datetime(2026, 3, 11, 10, 12, 43)),
            Date(datetime.datetime(2026, 3, 11, 10, 15, 2)), "198.51.100.23", "jo.bloggs@example.com",
            "Very satisfied", "Satisfied", None, "Very dissatisfied", "SIM only", 9],
        5: [114211240011, 431234567, Date(datetime.datetime(2026, 3, 12, 21, 1, 10)),
            Date(datetime.datetime(2026, 3, 12, 21, 5, 55)), "198.51.100.77", None,
            "Dissatisfied", None, "Neither satisfied nor dissatisfied", None, "Business", 3],
        6: [114211255555, 431234568, Date(datetime.datetime(2026, 3, 30, 23, 58, 0)),
            Date(datetime.datetime(2026, 3, 31, 0, 3, 10)), "203.0.113.99", "kim.park@example.net",
            Raw("rich", ["Very ", "satisfied"]), "Very satisfied", "Satisfied", "Satisfied", "Handset bundle", 10,
            None, None],
    }
    workbook("xlsx/surveymonkey.xlsx", [("Sheet", m)], styled_blanks=True)

    # A long file as someone keeps it in Excel on a Mac: the 1904 date system, inline strings,
    # dates without a time, the answers on the second sheet.
    notes = {1: ["These answers were collected at the store."], 2: ["See the sheet Answers."]}
    answers = {1: ["respondent", "timestamp", "segment", "touchpoint", "metric", "value", "kind"]}
    day = datetime.datetime(2026, 2, 27)
    rows = [("R1", "SIM only", "Online checkout", "csat", 4, None),
            ("R1", "SIM only", "Welcome email", "csat", 5, "experience"),
            ("R2", "Business", "Online checkout", "csat", Raw("noise", 3.0000000000000004), None),
            ("R2", "Business", "Support chat", "ces", 6, None),
            ("R3", "Business", "Online checkout", "csat", 5, "expectation"),
            ("R3", "Business", "", "nps", 10, None)]
    for i, (who, segment, touchpoint, metric, value, kind) in enumerate(rows):
        answers[i + 2] = [who, Date(day + datetime.timedelta(days=i), with_time=False), segment, touchpoint or None,
                          metric, value, kind]
    workbook("xlsx/long-1904.xlsx", [("Notes", notes), ("Answers", answers)], date1904=True, inline=True)

    # A zip bomb: a sheet part of 32 MB of spaces that deflates to a few kilobytes.
    target = os.path.join(HERE, "xlsx/bomb.xlsx")
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        fixed = (2026, 1, 1, 0, 0, 0)
        archive.writestr(zipfile.ZipInfo("_rels/.rels", fixed),
                         '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                         f'relationships"><Relationship Id="rId1" Type="{RELS}/officeDocument" '
                         'Target="xl/workbook.xml"/></Relationships>', compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr(zipfile.ZipInfo("xl/workbook.xml", fixed),
                         f'<workbook xmlns="{MAIN}" xmlns:r="{RELS}"><sheets><sheet name="Sheet1" sheetId="1" '
                         'r:id="rId1"/></sheets></workbook>', compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr(zipfile.ZipInfo("xl/_rels/workbook.xml.rels", fixed),
                         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                         f'<Relationship Id="rId1" Type="{RELS}/worksheet" Target="worksheets/sheet1.xml"/>'
                         '</Relationships>', compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr(zipfile.ZipInfo("xl/worksheets/sheet1.xml", fixed),
                         f'<worksheet xmlns="{MAIN}"><sheetData>' + " " * (32 << 20) + "</sheetData></worksheet>",
                         compress_type=zipfile.ZIP_DEFLATED)

    # Past the limits: a cell in column XFE (the 16,385th), and a cell of 200,000 characters.
    workbook("xlsx/too-wide.xlsx", [("Sheet1", {1: ["id", "Online checkout"], 2: ["r1", 4] + [None] * 16382 + [5]})])
    workbook("xlsx/long-cell.xlsx", [("Sheet1", {1: ["id", "Online checkout", "Comment"], 2: ["r1", 4, "x" * 200000]})])

    # A zip that is no workbook (a Word document's shape).
    target = os.path.join(HERE, "xlsx/not-a-workbook.xlsx")
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("word/document.xml", (2026, 1, 1, 0, 0, 0)), "<document/>")


# --- SurveyMonkey with a sparse question row and unipolar labels (points 5, 6) -----------------

def surveymonkey_sparse():
    touchpoints = ["Compare plans", "Online checkout", "Welcome email", "SIM activation", "Support chat",
                   "Online boarding", "Inflight wifi service", "Seat comfort"]
    effort = ["Online checkout", "SIM activation", "Support chat", "Online boarding"]
    row1 = ["Respondent ID", "Collector ID", "Start Date", "End Date",
            "How satisfied are you with each of the following?"] + [""] * (len(touchpoints) - 1) \
        + ["How much effort did each take?"] + [""] * (len(effort) - 1) \
        + ["How likely is it that you would recommend us to a friend or colleague?"]
    row2 = ["", "", "", ""] + touchpoints + effort + ["Response"]
    # SurveyMonkey's unipolar satisfaction scale: "Very satisfied" is its 4th point, which the
    # first rows alone cannot tell from the bipolar scale's 5th.
    answers = [
        ["Very satisfied", "Somewhat satisfied", "Very satisfied", "", "Somewhat satisfied", "Very satisfied", "", "Very satisfied"],
        ["Somewhat satisfied", "Very satisfied", "", "Very satisfied", "Very satisfied", "", "Somewhat satisfied", ""],
        ["Extremely satisfied", "Not so satisfied", "Not at all satisfied", "Somewhat satisfied", "", "Extremely satisfied", "Very satisfied", "Not so satisfied"],
    ]
    efforts = [["Low effort", "Very low effort", "High effort", "Moderate effort"],
               ["Very high effort", "", "Low effort", "Very low effort"],
               ["Moderate effort", "High effort", "", "Low effort"]]
    likely = ["Extremely likely", "6", "Not at all likely"]
    lines = [row1, row2]
    for i in range(3):
        lines.append([str(114211239876 + i * 1111), "431234567", f"03/1{i}/2026 10:12:43 AM", f"03/1{i}/2026 10:15:02 AM"]
                     + answers[i] + efforts[i] + [likely[i]])

    def quoted(cell):
        return '"' + cell.replace('"', '""') + '"' if ("," in cell or '"' in cell) else cell
    write("surveymonkey-sparse/data.csv", ("\r\n".join(",".join(quoted(c) for c in line) for line in lines) + "\r\n").encode())


# --- Text answers in German, saved by Excel on Windows (points 5, 7) ----------------------------

def german():
    lines = ["Befragten-ID;Datum;Online checkout;Welcome email;Support chat (effort);Weiterempfehlung (NPS)",
             "B-1;14.03.2026;Sehr zufrieden;Zufrieden;Geringer Aufwand;Äußerst wahrscheinlich",
             "B-2;15.03.2026;Unzufrieden;Weiß nicht;Sehr hoher Aufwand;3",
             "B-3;16.03.2026;Weder zufrieden noch unzufrieden;SEHR ZUFRIEDEN;Mittlerer Aufwand;Überhaupt nicht wahrscheinlich"]
    write("labels/german-excel.csv", ("\r\n".join(lines) + "\r\n").encode("cp1252"))


if __name__ == "__main__":
    airline()
    encodings()
    workbooks()
    surveymonkey_sparse()
    german()
