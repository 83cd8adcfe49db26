"""Brazos Ridge Insurance Partners (Houston, TX): eight weeks of a commercial
insurance brokerage's sales mail, written by hand, with the labels next to it.

Labels on a message:
  agreed=[(side, quote, due, status)]  a commitment to the other side, quoted verbatim
  inb=(needs_answer, answered_by)      inbound from a client or intermediary to a manager;
                                       answered_by is a message key or "call:<key>"
  complaint=(manager_key, about_us)
Everything here is invented.
"""

AS_OF = "2026-12-08T17:45:00-06:00"
TZ = "America/Chicago"
PRODUCT_CODES = ["GL", "AUTO", "WC", "CYBER", "PROP"]

OUR_DISCLAIMER = """\
Coverage cannot be bound, changed or cancelled by e-mail or voicemail until confirmed in writing by a licensed representative of Brazos Ridge Insurance Partners, LLC. This e-mail and any attachments are confidential and intended only for the addressee."""


def _sig(name, title, direct, cell=None):
    lines = [name, title, "Brazos Ridge Insurance Partners, LLC",
             "2500 CityWest Blvd., Suite 1150 | Houston, TX 77042",
             f"Direct {direct}" + (f" | Cell {cell}" if cell else ""), "www.brazosridgeins.com"]
    return "\n".join(lines)


PEOPLE = {
    # ---- our company (Microsoft 365, Outlook)
    "dana": dict(name="Dana Whitfield", addr="dana.whitfield@brazosridgeins.com", role="mgr", box_dir="dana", ext="101",
                 fmt="html", sig=_sig("Dana Whitfield, CPCU", "Vice President, Commercial Sales", "(713) 555-0101"),
                 disclaimer=OUR_DISCLAIMER, box="SA1PR04MB8372"),
    "marcus": dict(name="Marcus Ortega", addr="marcus.ortega@brazosridgeins.com", role="mgr", box_dir="marcus", ext="104",
                   fmt="html", sig=_sig("Marcus Ortega, CIC", "Commercial Lines Producer | Transportation", "(713) 555-0104", "(281) 555-0166"),
                   disclaimer=OUR_DISCLAIMER, box="SA1PR04MB8412"),
    "priya": dict(name="Priya Raman", addr="priya.raman@brazosridgeins.com", role="mgr", box_dir="priya", ext="107",
                  fmt="html", sig=_sig("Priya Raman, CRIS", "Producer | Healthcare, Technology & Professional Services", "(713) 555-0107"),
                  disclaimer=OUR_DISCLAIMER, box="SA1PR04MB8530"),
    "cole": dict(name="Cole Haskins", addr="cole.haskins@brazosridgeins.com", role="mgr", box_dir="cole", ext="111",
                 fmt="html", sig=_sig("Cole Haskins", "Producer | Construction & Manufacturing", "(713) 555-0111", "(832) 555-0177"),
                 disclaimer=OUR_DISCLAIMER, box="SA1PR04MB8641"),
    "jenna": dict(name="Jenna Lowry", addr="jenna.lowry@brazosridgeins.com", role="mgr", box_dir="jenna", ext="115",
                  fmt="html", sig=_sig("Jenna Lowry, AAI", "Account Executive | Hospitality, Education & Small Business", "(713) 555-0115"),
                  disclaimer=OUR_DISCLAIMER, box="SA1PR04MB8755"),
    "tasha": dict(name="Tasha Greer", addr="tasha.greer@brazosridgeins.com", role="staff", fmt="html",
                  sig="Tasha Greer\nCommercial Account Manager\nBrazos Ridge Insurance Partners, LLC\nDirect (713) 555-0120",
                  box="SA1PR04MB8866"),

    # ---- Red River Freight Lines (Paris, TX)
    "tom": dict(name="Tom Brandt", addr="tbrandt@redriverfreight.com", role="client", client="iphone"),
    "linda": dict(name="Linda Kowalski", addr="lkowalski@redriverfreight.com", role="client", client="outlook", fmt="html",
                  sig="Linda Kowalski\nSafety & Office Manager\nRed River Freight Lines, Inc.\n1840 Clarksville St., Paris, TX 75460\nOffice 903-555-0148 | Fax 903-555-0149\nUSDOT 1187342 | MC 402917"),
    # ---- Gulf Coast Hotshot (free mail)
    "ray": dict(name="Ray Dupree", addr="rdupree.hotshot@gmail.com", role="client", client="android",
                sig="Ray Dupree\nGulf Coast Hotshot LLC\n409-555-0173"),
    # ---- Cedar Bayou Transport
    "wade": dict(name="Wade Hollis", addr="wade@cedarbayoutransport.com", role="client", client="outlook",
                 sig="Wade Hollis | Owner\nCedar Bayou Transport\n(281) 555-0135"),
    # ---- Permian Basin Water Hauling
    "jolene": dict(name="Jolene Harker", addr="jolene@pbwaterhauling.com", role="client", client="outlook",
                   sig="Jolene Harker\nOffice Manager\nPermian Basin Water Hauling LLC\n4410 W. County Rd 127, Midland TX 79706\n(432) 555-0157"),
    # ---- Lakeside Family Dental Group
    "monica": dict(name="Monica Tran", addr="mtran@lakesidefamilydental.com", role="client", client="outlook", fmt="html",
                   sig="Monica Tran, FAADOM\nPractice Administrator\nLakeside Family Dental Group, PLLC\n15530 Southwest Fwy, Suite 200 | Sugar Land, TX 77478\nT (281) 555-0122 | F (281) 555-0123",
                   disclaimer="CONFIDENTIALITY NOTICE: This message may contain protected health information (PHI). If you are not the intended recipient, please notify the sender and delete this message."),
    "pruitt": dict(name="Alan Pruitt DDS", addr="apruitt@lakesidefamilydental.com", role="client", client="iphone"),
    # ---- Nimbus Ledger (Austin)
    "kevin": dict(name="Kevin Osei", addr="kevin@nimbusledger.io", role="client", client="iphone"),
    "sarah": dict(name="Sarah Lind", addr="sarah@nimbusledger.io", role="client", client="gmail", fmt="html",
                  sig="--\nSarah Lind\nCOO, Nimbus Ledger\n(512) 555-0184 | nimbusledger.io"),
    # ---- Mesquite Creek Veterinary Hospital
    "janet": dict(name="Janet Sowell", addr="janet@mesquitecreekvet.com", role="client", client="outlook",
                  sig="Janet Sowell\nPractice Manager\nMesquite Creek Veterinary Hospital\n(936) 555-0164"),
    # ---- Parcel Pilot
    "nina": dict(name="Nina Castellanos", addr="nina@parcelpilot.app", role="client", client="gmail", fmt="html",
                 sig="Nina Castellanos\nCo-founder & COO | Parcel Pilot\n(346) 555-0117"),
    # ---- Pecan Street Hospitality Group (Austin)
    "rachel": dict(name="Rachel Ambrose", addr="rachel@pecanstreethg.com", role="client", client="iphone"),
    "devon": dict(name="Devon Platt", addr="dplatt@pecanstreethg.com", role="client", client="outlook", fmt="html",
                  sig="Devon Platt\nController\nPecan Street Hospitality Group\n5300 Burnet Rd, Austin, TX 78756\n(512) 555-0139"),
    # ---- Tres Hermanos Taqueria (free mail)
    "alex": dict(name="Alejandro Guzman", addr="treshermanostaqueria@yahoo.com", role="client", client="yahoo",
                 sig="Alejandro Guzman\nTres Hermanos Taqueria\n832-555-0119"),
    # ---- Trinity Oaks Charter Academy
    "gloria": dict(name="Gloria Fuentes", addr="gfuentes@trinityoaksacademy.org", role="client", client="outlook", fmt="html",
                   sig="Gloria Fuentes, MBA\nDirector of Business Operations\nTrinity Oaks Charter Academy\n9100 Aldine Westfield Rd, Houston, TX 77093\n(281) 555-0150 ext. 204",
                   disclaimer="This communication may be subject to the Texas Public Information Act."),
    # ---- Blue Agave Catering (free mail)
    "dolores": dict(name="Dolores Reyes", addr="blueagave.catering.htx@gmail.com", role="client", client="gmail",
                    sig="Dolores Reyes\nBlue Agave Catering\n(281) 555-0193"),
    # ---- Alamo Precision Machining (San Antonio)
    "karen": dict(name="Karen Voss", addr="kvoss@alamoprecision.com", role="client", client="outlook", fmt="html",
                  sig="Karen Voss\nPurchasing & Contracts Manager\nAlamo Precision Machining, Inc.\n7720 Rittiman Rd, San Antonio, TX 78218\n(210) 555-0126",
                  disclaimer="ITAR NOTICE: This e-mail may contain technical data controlled under the International Traffic in Arms Regulations."),
    "richard": dict(name="Richard Hale", addr="rhale@alamoprecision.com", role="client", client="outlook",
                    sig="Richard Hale | CFO\nAlamo Precision Machining, Inc.\n(210) 555-0127"),
    # ---- Hill Country Drywall & Framing (New Braunfels)
    "ben": dict(name="Ben Castillo", addr="ben@hcdrywall.com", role="client", client="android"),
    "mandy": dict(name="Mandy Castillo", addr="mandycastillo@aol.com", role="client", client="aol",
                  sig="Mandy Castillo\nOffice Manager - Hill Country Drywall & Framing\n830-555-0144"),
    # ---- Lone Oak Electrical Contractors
    "eddie": dict(name="Eddie Marsh", addr="emarsh@loneoakelectric.com", role="client", client="outlook",
                  sig="Eddie Marsh\nEstimator / Project Manager\nLone Oak Electrical Contractors, LLC\nTECL 31877\n(281) 555-0109"),
    # ---- Sunbelt Cold Storage
    "grant": dict(name="Grant Lemaire", addr="glemaire@sunbeltcold.com", role="client", client="outlook",
                  sig="Grant Lemaire\nDirector, Facilities & Risk\nSunbelt Cold Storage, LLC\n(713) 555-0187"),
    # ---- Sunrise Pediatric Therapy (existing client, thanks only)
    "erin": dict(name="Erin Walsh", addr="ewalsh@sunrisepediatrictherapy.com", role="client", client="iphone"),

    # ---- the CPA firm that refers clients (intermediary)
    "glenn": dict(name="Glenn Harwood", addr="gharwood@harwoodpike.com", role="inter", client="outlook",
                  sig="Glenn Harwood, CPA\nPartner\nHarwood & Pike, CPAs PLLC\n1 Riverway, Suite 1700, Houston, TX 77056\n(713) 555-0190",
                  disclaimer="Any tax advice contained in this communication is not intended to be used for the purpose of avoiding penalties."),

    # ---- counterparties of clients
    "carla": dict(name="Carla Jensen", addr="cjensen@midtownretailprop.com", role="cp", client="outlook",
                  sig="Carla Jensen\nProperty Manager\nMidtown Retail Properties\n(512) 555-0102"),
    "trevor": dict(name="Trevor Nguyen", addr="tnguyen@bexarbuilders.com", role="cp", client="outlook",
                   sig="Trevor Nguyen\nProject Coordinator\nBexar Builders, Inc.\n(210) 555-0131"),
    "lauren": dict(name="Lauren Beck", addr="vendorrisk@halvorsenhealth.org", role="cp", client="outlook",
                   sig="Lauren Beck\nVendor Risk Analyst, Supply Chain & Third-Party Risk\nHalvorsen Health"),

    # ---- our suppliers: markets, premium finance, claims
    "brent": dict(name="Brent Ocampo", addr="bocampo@crosstimbersuw.com", role="supplier", client="outlook",
                  sig="Brent Ocampo\nSenior Underwriter, Transportation\nCross Timbers Underwriters, LLC (MGA)\n(214) 555-0145"),
    "ctsub": dict(name="Cross Timbers Submissions", addr="submissions@crosstimbersuw.com", role="supplier", client="system"),
    "heather": dict(name="Heather Simms", addr="hsimms@lonestarcasualty.com", role="supplier", client="outlook",
                    sig="Heather Simms\nCommercial Lines Underwriter\nLone Star Casualty Company\n(512) 555-0148"),
    "maya": dict(name="Maya Chen", addr="mchen@atlascyberuw.com", role="supplier", client="outlook", tz="America/New_York",
                 sig="Maya Chen\nUnderwriter, Cyber & Tech E&O\nAtlas Cyber Underwriting"),
    "pinnacle": dict(name="Pinnacle Premium Finance", addr="servicing@pinnaclepf.com", role="supplier", client="system"),
    "barlow": dict(name="Scott Barlow", addr="sbarlow@redlinemutual.com", role="supplier", client="outlook",
                   sig="Scott Barlow\nCommercial Auto Claims Adjuster\nRedline Mutual Insurance Co.\nClaim line 800-555-0199"),

    # ---- newsletters, cold senders
    "wire": dict(name="Gulf States Insurance Wire", addr="news@gulfstatesinsurancewire.com", role="news", client="bulk",
                 mailer="mail.gulfstatesinsurancewire.com"),
    "iart": dict(name="IART Texas", addr="updates@iart-texas.org", role="news", client="bulk", mailer="em.iart-texas.org"),
    "josh": dict(name="Josh Kimball", addr="josh@leadranger.io", role="cold", client="gmail",
                 sig="Josh Kimball\nPartnerships | LeadRanger\nBook 15 min: leadranger.io/josh"),
    "seo": dict(name="RankRocket Team", addr="hello@rankrocket.co", role="cold", client="bulk", mailer="send.rankrocket.co"),
}

# ---- the client directory, as the office keeps it
_O = {k: PEOPLE[k]["addr"] for k in ("dana", "marcus", "priya", "cole", "jenna")}
CLIENTS = [
    ["Red River Freight Lines, Inc.", "redriverfreight.com", _O["marcus"], "Transportation", "(903) 555-0148; (903) 555-0112", "", ""],
    ["Gulf Coast Hotshot LLC", "gulfcoasthotshot.com", _O["marcus"], "Transportation", "409-555-0173", "rdupree.hotshot@gmail.com", ""],
    ["Cedar Bayou Transport", "cedarbayoutransport.com", _O["marcus"], "Transportation", "(281) 555-0135", "", ""],
    ["Permian Basin Water Hauling LLC", "pbwaterhauling.com", _O["marcus"], "Transportation", "(432) 555-0157; (432) 555-0171", "", ""],
    ["Lakeside Family Dental Group, PLLC", "lakesidefamilydental.com", _O["priya"], "Healthcare", "(281) 555-0122", "", ""],
    ["Nimbus Ledger, Inc.", "nimbusledger.io", _O["priya"], "Technology", "(512) 555-0184", "", ""],
    ["Mesquite Creek Veterinary Hospital", "mesquitecreekvet.com", _O["priya"], "Healthcare", "(936) 555-0164", "", ""],
    ["Parcel Pilot, Inc.", "parcelpilot.app", _O["priya"], "Technology", "", "", ""],
    ["Pecan Street Hospitality Group", "pecanstreethg.com", _O["jenna"], "Hospitality", "(512) 555-0139; (512) 555-0176", "", ""],
    ["Trinity Oaks Charter Academy", "trinityoaksacademy.org", _O["jenna"], "Education", "(281) 555-0150", "", ""],
    ["Sunrise Pediatric Therapy", "sunrisepediatrictherapy.com", _O["jenna"], "Healthcare", "(713) 555-0129", "", ""],
    ["Alamo Precision Machining, Inc.", "alamoprecision.com", _O["cole"], "Manufacturing", "(210) 555-0126; (210) 555-0127", "", ""],
    ["Hill Country Drywall & Framing, LLC", "hcdrywall.com", _O["cole"], "Construction", "830-555-0144; 830-555-0161", "mandycastillo@aol.com", ""],
    ["Lone Oak Electrical Contractors", "loneoakelectric.com", _O["cole"], "Construction", "(281) 555-0109", "", ""],
    ["Sunbelt Cold Storage, LLC", "sunbeltcold.com", _O["dana"], "Warehousing", "(713) 555-0187", "", ""],
    ["Harwood & Pike, CPAs", "harwoodpike.com", _O["priya"], "Referral partner", "(713) 555-0190", "", "intermediary"],
    ["Bayou City Pediatrics", "bayoucitypeds.com", _O["priya"], "Healthcare", "(713) 555-0133", "", ""],
    ["Westpark Auto Glass", "westparkautoglass.com", _O["marcus"], "Auto services", "(281) 555-0152", "", ""],
    ["Gessner Road Tool & Die", "gessnertool.com", _O["cole"], "Manufacturing", "(713) 555-0168", "", ""],
]

MESSAGES = []


def msg(key, date, frm, to, body, subj=None, re=None, cc=(), **kw):
    MESSAGES.append(dict(key=key, date=date, frm=frm, to=list(to), cc=list(cc), body=body, subj=subj, re=re, **kw))


EVENTS = []


def event(key, start, minutes, org, att, summary, created, location="", desc="", **kw):
    EVENTS.append(dict(key=key, start=start, minutes=minutes, org=org, att=list(att), summary=summary,
                       created=created, location=location, desc=desc, **kw))


CALLS = []


def call(key, time, mgr, direction, number, secs, client, note="", **kw):
    CALLS.append(dict(key=key, time=time, mgr=mgr, dir=direction, number=number, secs=secs, client=client, note=note, **kw))


# =====================================================================
# Red River Freight Lines: Marcus. Commercial auto renewal 12/15 (AUTO) and
# workers' comp 1/1 (WC). Linda writes the letters, Tom answers from the truck.
# =====================================================================
msg("rr01", "2026-10-13 08:47", "linda", ["marcus"], subj="Red River Freight - 12/15 auto renewal",
    att=["RRF Auto Dec Pages 2025-2026.pdf", "Driver List 10-2026.xlsx", "Unit Schedule - Red River Freight.xlsx"],
    inb=(True, "rr02"), body="""
Good morning Marcus,

Tom Brandt asked me to reach out. Our agent of 19 years, Jim Caudle, is retiring at the end of the year and the agency that bought his book has not called us once, so we are shopping our insurance for the first time in a long while.

Our auto liability and physical damage renew December 15. We run 22 power units (mostly 2019-2024 Freightliner Cascadias and two Peterbilts) and 30 dry van trailers, regional out of Paris, TX into OK, AR and LA. I attached the current dec pages, our driver list and the unit schedule.

Our workers comp renews January 1 and Tom would like you to look at that too while you're at it.

What else do you need from us?

Thank you,
""")

msg("rr02", "2026-10-13 11:20", "marcus", ["linda"], cc=["tom"], re="rr01",
    agreed=[("manager", "I'll send you a list of everything the markets will need by end of day tomorrow.", "2026-10-14", "kept")],
    body="""
Linda,

Thank you for thinking of us, and please tell Tom I said hello. Sorry to hear about Jim, he was one of the good ones.

The dec pages and unit schedule are a great start. The big items will be five years of currently valued loss runs for auto and comp, and MVRs on every driver. I'll send you a list of everything the markets will need by end of day tomorrow.

I'd also like to come up to the yard and see the operation, the markets like hearing about the shop and the safety program from someone who has actually walked it.

Marcus
""")

msg("rr03", "2026-10-14 16:05", "marcus", ["linda"], cc=["tom"], subj="Red River - submission checklist",
    att=["Red River - Submission Checklist.docx", "Loss Run Request Letter - Red River.docx"], body="""
Linda,

As promised, here is the checklist. Short version:

1. Loss runs, currently valued (within 90 days), 5 years: auto liability, physical damage, cargo and workers comp. I attached a signed-request template you can send to each carrier.
2. MVRs for all drivers (or I can pull them with the attached authorization).
3. IFTA miles for the last 4 quarters.
4. Safety program / driver handbook, and your current CSA scores (I can pull those myself).
5. Payroll by class code for comp (the 7228/7229 split and clerical), from your last audit.
6. Any new units or drivers since the dec pages were issued.

For the yard visit, would Wednesday 10/21 at 10:00 work for you and Tom?

Marcus
""")

msg("rr04", "2026-10-14 17:32", "linda", ["marcus"], re="rr03",
    agreed=[("client", "I will forward the loss runs as soon as they come in.", None, "kept")],
    inb=(True, "rr05"), body="""
Marcus,

Wednesday 10/21 at 10 works, Tom will be here. Come to the office entrance on the Clarksville St. side, not the gate.

I requested the loss runs from both carriers this afternoon. They say up to 10 business days. I will forward the loss runs as soon as they come in.

Linda
""")

msg("rr05", "2026-10-14 18:02", "marcus", ["linda"], re="rr04", via="iphone", body="""
Perfect, invite sent for Wednesday 10/21 at 10:00. See you then.
""")

msg("rr06", "2026-10-27 09:15", "linda", ["marcus"], subj="FW: Loss Runs - Red River Freight Lines Inc",
    att=["Loss Runs - Auto 2021-2026.pdf", "Loss Runs - WC 2021-2026.pdf"], inb=(True, "rr07"), body="""
Marcus,

Both sets of loss runs attached. One question - the 2024 cargo claim (load of flooring, stolen in Shreveport) still shows a $12,000 reserve. That claim was settled last year. Will that hurt us?

Also thank you for coming up last week, Tom enjoyed it.

Linda
""")

msg("rr07", "2026-10-27 13:40", "marcus", ["linda"], cc=["tom"], re="rr06",
    agreed=[("manager", "I'll ask the carrier for a closing letter on that claim so the underwriters see it as closed.", None, "kept"),
            ("manager", "You'll have the auto proposal in hand no later than Friday, November 20.", "2026-11-20", "kept")],
    body="""
Linda,

Got them, thank you. The open reserve will make an underwriter ask questions, but it won't hurt if we can show it's settled. I'll ask the carrier for a closing letter on that claim so the underwriters see it as closed.

The submission goes out tomorrow to Cross Timbers, Lone Star Casualty and two other markets. You'll have the auto proposal in hand no later than Friday, November 20. Comp runs on its own track and should follow shortly after.

Thanks again for the hospitality last week, that was the best brisket I've had at a truck yard.

Marcus
""")

msg("rr08", "2026-11-03 07:58", "tom", ["marcus"], subj="Renewal", inb=(True, "call:rr_c1"), body="""
Marcus any word from the markets? Jims guy at the new agency is calling me every day wanting me to sign the renewal
""")

msg("rr09", "2026-11-12 10:10", "linda", ["marcus"], subj="RE: Red River - submission checklist", re="rr03",
    att=["MVR - D. Salinas.pdf", "MVR - K. Fontenot.pdf"], inb=(True, "rr10"), body="""
Marcus,

Two updates for the submission:

- We hired two drivers in November (Daniel Salinas and Kyle Fontenot). MVRs attached, both clean.
- We sold unit 114 (2017 Volvo) last Friday. Please remove it from the schedule.

Closing letter on the cargo claim came in from the carrier yesterday, I assume they sent you a copy too?

Linda
""")

msg("rr10", "2026-11-12 11:32", "marcus", ["linda"], re="rr09", body="""
Linda,

Got both. Salinas and Fontenot are added and unit 114 is off the schedule; I passed both changes to the markets this morning. And yes, I have the closing letter, it's already in the file they're looking at.

Marcus
""")

msg("rr11", "2026-11-19 15:45", "marcus", ["tom", "linda"], subj="Red River Freight - Auto Renewal Proposal 12/15/2026",
    att=["Red River Freight - 2026-27 Auto Renewal Proposal.pdf", "Pinnacle Premium Finance Quote - Red River.pdf"],
    agreed=[("manager", "The comp proposal will follow early next week.", None, "kept")],
    body="""
Tom, Linda,

The auto renewal proposal is attached. Four markets looked at it, three quoted. The summary:

Option A - Cross Timbers Underwriters: $148,600. $1M CSL, $100,000 cargo, physical damage at $1,000 deductible.
Option B - Cross Timbers Underwriters: $139,900. Same as A, with $2,500 physical damage deductible on tractors and trailers.
Option C - Lone Star Casualty: $156,200. $1M CSL, $100,000 cargo, $1,000 deductible, includes trailer interchange.

Expiring premium is $162,450, so every option is below what you pay today. All three can be financed through Pinnacle Premium Finance, 25% down and nine monthly installments, same as your current plan (quote attached).

The comp proposal will follow early next week.

Marcus
""")

msg("rr12", "2026-11-20 06:52", "tom", ["marcus"], re="rr11", inb=(True, "rr13"), body="""
Option B looks good but 2500 on 30 trailers is high for what those old vans are worth. See if they can get it closer to 135
""")

msg("rr13", "2026-11-20 09:30", "marcus", ["tom"], cc=["linda"], re="rr12",
    agreed=[("manager", "I'll go back to Brent at Cross Timbers today and push on the trailer physical damage, and I'll have an answer for you by Tuesday.", "2026-11-24", "kept")],
    body="""
Tom,

Fair point. The 2012-2015 vans are the ones dragging the number. I'll go back to Brent at Cross Timbers today and push on the trailer physical damage, and I'll have an answer for you by Tuesday.

Marcus
""")

msg("rr14", "2026-11-24 11:05", "marcus", ["tom", "linda"], subj="Red River - Workers Comp Proposal 1/1/2027 + auto update",
    att=["Red River Freight - WC Proposal 2027.pdf"], body="""
Tom, Linda,

Two things.

Auto: Cross Timbers came back on Option B. By scheduling the twelve oldest trailers at a stated value instead of actual cash value, the premium drops to $136,750, with everything else the same.

Workers comp: proposal attached. Lone Star Casualty quoted $41,380 for 1/1/2027, against $44,900 expiring, with your experience mod going from 0.94 to 0.89. They also include a return-to-work program and a safety credit if the drivers finish the annual refresher.

Marcus
""")

msg("rr15", "2026-11-24 16:20", "linda", ["marcus"], re="rr14",
    agreed=[("client", "We will review with him and get back to you by December 1st.", "2026-12-01", "broken")],
    inb=(False, None), body="""
Thank you Marcus. Tom is on the road until Monday. We will review with him and get back to you by December 1st.

Happy Thanksgiving to you and your family.

Linda
""")

msg("rr16", "2026-12-02 07:14", "tom", ["marcus"], cc=["linda"], re="rr14", inb=(True, "rr17"), body="""
Go with option B at 136,750. Finance it like last year. Comp I will look at this week. Send me whatever I need to sign for the auto
""")

msg("rr17", "2026-12-02 10:02", "marcus", ["tom"], cc=["linda"], re="rr16",
    agreed=[("manager", "I'll have the bind request, the application signature pages and the Pinnacle finance agreement to you by Wednesday, December 9, so everything is signed well before the 12/15 effective date.", "2026-12-09", "open"),
            ("manager", "I'll call you Friday to walk through the comp numbers.", "2026-12-04", "broken")],
    body="""
Tom,

Great, thank you for the trust. I'll have the bind request, the application signature pages and the Pinnacle finance agreement to you by Wednesday, December 9, so everything is signed well before the 12/15 effective date.

On comp, I'll call you Friday to walk through the comp numbers. The mod drop is real money and I want you to see where it comes from.

Marcus
""")

msg("rr18", "2026-12-03 09:12", "marcus", ["tasha"], subj="Red River Freight - PFA + bind request",
    body="""
Tasha,

Red River Freight Lines is going with Cross Timbers Option B, $136,750, effective 12/15. Can you build the Pinnacle PFA (25% down, 9 payments) and pull the Cross Timbers bind request? I told Tom he'd have everything by Wednesday the 9th.

Thanks!
Marcus
""", sig=False)

msg("rr19", "2026-12-03 10:40", "tasha", ["marcus"], re="rr18", body="""
On it. The bind request needs the signed IFTA page from Linda, I'll ask her directly. Should have the PFA to you tomorrow afternoon.
""")

# ---- Red River with the markets (our suppliers)
msg("ct01", "2026-10-28 10:15", "marcus", ["ctsub"], cc=["brent"], subj="New submission: Red River Freight Lines Inc - Auto eff 12/15/2026",
    att=["Red River - Acord 125 127 129.pdf", "Loss Runs - Auto 2021-2026.pdf", "Unit Schedule - Red River Freight.xlsx", "Driver List 10-2026.xlsx"],
    body="""
Brent / Submissions,

New submission attached for Red River Freight Lines, Paris TX. 22 power units, 30 dry vans, regional OK/AR/LA, 5-year loss ratio 31%. Expiring $162,450 with the retiring agent. Target is under $145K. Please note the 2024 cargo claim is settled, closing letter to follow.

Need terms by 11/16.

Marcus
""")

msg("ct02", "2026-10-28 10:15", "ctsub", ["marcus"], re="ct01", kind="auto", sig=False,
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}, quote=False, body="""
Thank you for your submission to Cross Timbers Underwriters.

This is an automated acknowledgement. Your submission has been received and assigned reference CTU-T-2026-118842. An underwriter will be in touch within 3 business days. Please do not reply to this message.

Cross Timbers Underwriters, LLC | 5430 LBJ Fwy, Dallas, TX 75240
""")

msg("ct03", "2026-11-16 16:48", "brent", ["marcus"], subj="RE: New submission: Red River Freight Lines Inc - Auto eff 12/15/2026", re="ct01",
    att=["CTU Quote - Red River Freight Lines - Opt A.pdf", "CTU Quote - Red River Freight Lines - Opt B.pdf"], body="""
Marcus,

Terms attached, two options: $148,600 at $1,000 PD deductible, $139,900 at $2,500. Subject to a loss control visit within 60 days of binding and signed driver exclusion for anyone under 23.

Brent
""")

msg("ct04", "2026-11-20 09:41", "marcus", ["brent"], re="ct03", body="""
Brent,

Insured likes Option B but is pushing on the trailers. 12 of the 30 vans are 2012-2015 and worth maybe $9-11K each. Can you schedule those at stated value, or carve them out to a higher deductible? He's at $135K in his head.

Marcus
""")

msg("ct05", "2026-11-23 14:22", "brent", ["marcus"], re="ct04", att=["CTU Quote - Red River Freight Lines - Opt B rev1.pdf"], body="""
Marcus,

Stated value on the 12 older vans gets you to $136,750. That's as low as I can go with the rollover on the 2022 loss run. Revised quote attached, valid to 12/14.

Brent
""")

msg("ls01", "2026-11-23 11:09", "heather", ["marcus"], subj="Quote: Red River Freight Lines - WC eff 01/01/2027",
    att=["LSC WC Quote - Red River Freight Lines.pdf"], body="""
Hi Marcus,

Attached is our workers compensation quote for Red River Freight Lines: $41,380 estimated annual premium, experience mod 0.89 applied, including the 5% drug-free workplace credit. Subject to signed ACORD 130 and a safety program acknowledgement.

Thanks,
Heather
""")

call("rr_c1", "2026-11-03 08:31", "marcus", "Outbound", "(903) 555-0112", 371, "Red River Freight Lines, Inc.",
     note="Tom - told him numbers by 11/20, don't sign w/ incumbent")
call("rr_c2", "2026-12-01 14:30", "marcus", "Outbound", "(903) 555-0148", 0, "Red River Freight Lines, Inc.")
event("rr_visit", "2026-10-21 10:00", 120, "marcus", ["tom", "linda"], "Red River Freight - yard visit / renewal review",
      "2026-10-14 18:01", location="Red River Freight Lines, 1840 Clarksville St., Paris, TX 75460",
      desc="Walk the yard and shop with Tom and Linda. Safety program, driver hiring, trailer ages. Office entrance on Clarksville St.")


# =====================================================================
# Gulf Coast Hotshot: Marcus. Non-renewed by his carrier, bound 11/15, financed.
# Ray writes from his phone, gmail.
# =====================================================================
msg("gc01", "2026-10-15 19:48", "ray", ["marcus"], subj="need insurance for my hotshot trucks", inb=(True, "gc02"), body="""
Hey Marcus, got your name from Tony at the Flying J in Beaumont. I run 3 hotshot trucks (2022 Ram 3500s) with 40ft goosenecks. My carrier is non renewing me 11/15 because of one wreck. Can you help? USDOT 3384210
""")

msg("gc02", "2026-10-16 08:15", "marcus", ["ray"], re="gc01",
    agreed=[("manager", "I'll call you this afternoon to go over the details.", "2026-10-16", "kept")],
    body="""
Ray,

Thanks for reaching out, and tell Tony thanks for the referral. Yes, we can help, and 11/15 gives us enough time if we move this week.

To get started I'll need:
- copies of the CDLs (front and back) for each driver
- the non-renewal notice from your carrier
- 3 years of loss runs (ask your carrier, they have to give them to you)
- what you haul and how far (radius), and the VINs for trucks and trailers

I'll call you this afternoon to go over the details.

Marcus
""")

msg("gc03", "2026-10-19 21:30", "ray", ["marcus"], re="gc02", att=["20261019_211544.jpg", "20261019_211602.jpg", "LossRuns_GulfCoastHotshot.pdf"],
    inb=(False, None), body="""
Here are the CDLs and the loss runs. Non renewal letter I will send tomorrow I cant find it. The wreck was not my fault the other guy ran the light in Vidor but they still paid it out 38k. Mostly haul pipe and oilfield equipment, 500 mile radius
""")

msg("ct06", "2026-10-30 15:10", "brent", ["marcus"], subj="Gulf Coast Hotshot LLC - indication",
    att=["CTU Hotshot Program - Gulf Coast Hotshot - Indication.pdf"], body="""
Marcus,

On Gulf Coast Hotshot: we can offer through the hotshot program at $18,940 with $100K cargo, or $17,385 with $50K cargo and $2,500 PD deductibles. 38K at-fault-paid loss in 2025 is priced in. Need signed app and no-known-loss before binding.

Brent
""")

msg("gc04", "2026-11-02 16:40", "marcus", ["ray"], subj="Gulf Coast Hotshot - auto quote eff 11/15",
    att=["Gulf Coast Hotshot - Auto Proposal 11-15-2026.pdf"], body="""
Ray,

I have a quote for you through the Cross Timbers hotshot program, the best of the four markets I tried:

- $1M combined single limit liability, $100,000 cargo, physical damage on the three Rams and the three goosenecks at $1,000 deductible
- Annual premium $18,940
- Can be financed through Pinnacle Premium Finance: $4,735 down and 9 payments of about $1,603

To bind for 11/15 I need the signed application and the down payment by Thursday 11/12.

Marcus
""")

msg("gc05", "2026-11-03 06:10", "ray", ["marcus"], re="gc04", inb=(True, "gc06"), body="""
Thats more than I pay now (14,200). Any way lower? Can we drop the cargo to 50k, I mostly haul pipe and equipment not that high value
""")

msg("gc06", "2026-11-03 10:25", "marcus", ["ray"], re="gc05", body="""
Ray,

Yes. With $50,000 cargo and a $2,500 deductible on the trucks and trailers it comes to $17,385 a year. Financed, that's $4,346 down and 9 payments of about $1,471.

Honestly, the wreck drives most of the price, not the cargo limit. Three clean years and you'll see it come back down. If you want to go ahead, tell me which option and I'll get the paperwork out by DocuSign.

Marcus
""")

call("gc_c1", "2026-10-16 14:10", "marcus", "Outbound", "(409) 555-0173", 662, "Gulf Coast Hotshot LLC",
     note="Ray - 3 trucks, 3 trailers, 500mi radius, pipe/equipment. Non-renewal due to 2025 loss")
call("gc_c2", "2026-11-09 11:48", "marcus", "Inbound", "(409) 555-0173", 435, "Gulf Coast Hotshot LLC",
     note="Ray OK with $17,385 option, send DocuSign")

msg("gc07", "2026-11-09 13:05", "marcus", ["ray"], re="gc06",
    att=["Gulf Coast Hotshot - Auto Application.pdf", "Pinnacle PFA - Gulf Coast Hotshot LLC.pdf"], body="""
Ray,

As discussed on the phone, here are the application and the Pinnacle finance agreement for the $17,385 option. You'll also get them by DocuSign in a few minutes. Please sign both and pay the $4,346 down payment on the Pinnacle link by Thursday so we can bind for 11/15.

Marcus
""")

msg("gc08", "2026-11-11 22:14", "ray", ["marcus"], re="gc07", inb=(True, "gc09"), body="""
Signed everything and paid the down payment on the pinnacle site. Need the insurance cards and the filing for DOT asap, I got a load Monday
""")

msg("gc09", "2026-11-12 08:40", "marcus", ["ray"], re="gc08", att=["Binder - Gulf Coast Hotshot LLC - CTU.pdf", "Auto ID Cards - Gulf Coast Hotshot.pdf"],
    agreed=[("manager", "I'll email you the confirmation as soon as it posts on the FMCSA site.", None, "kept")],
    body="""
Ray,

You're bound effective 11/15/2026. Binder and ID cards for all three trucks attached. Cross Timbers files the BMC-91X with FMCSA today; it usually posts in 1-3 business days. I'll email you the confirmation as soon as it posts on the FMCSA site.

Welcome aboard.

Marcus
""")

call("gc_c3", "2026-11-12 16:02", "marcus", "Inbound", "(409) 555-0173", 118, "Gulf Coast Hotshot LLC",
     note="Ray asked if cards ok for 11/15 - yes")

msg("pf01", "2026-11-12 09:55", "pinnacle", ["marcus"], subj="Funding Confirmation - Gulf Coast Hotshot LLC - Loan #PPF-2611-04418",
    fmt="htmlonly", sig=False, body="""
Funding Confirmation

Agent: Brazos Ridge Insurance Partners, LLC (Producer: Marcus Ortega)
Insured: Gulf Coast Hotshot LLC
Loan #: PPF-2611-04418
Total premium financed: $13,039.00
Down payment received: $4,346.00 (11/11/2026)
First installment due: 12/15/2026

Funds will be disbursed to Cross Timbers Underwriters within 2 business days. Log in to the Agent Portal to view the signed agreement.

This is an automated notice from Pinnacle Premium Finance. Please do not reply.
""")

msg("gc10", "2026-11-16 15:02", "marcus", ["ray"], re="gc09", att=["FMCSA L&I - USDOT 3384210 - Insurance.png"], body="""
Ray,

The filing posted on FMCSA this afternoon, screenshot attached. You're good to go.

Marcus
""")

msg("gc11", "2026-11-16 17:20", "ray", ["marcus"], re="gc10", inb=(False, None), body="""
Thanks Marcus appreciate you
""")


# =====================================================================
# Cedar Bayou Transport: Marcus. Quoted, incumbent matched, blunt no.
# =====================================================================
msg("cb01", "2026-10-20 09:02", "wade", ["marcus"], subj="Cedar Bayou Transport - auto renewal 12/1", inb=(True, "cb02"), body="""
Marcus,

We met at the TMTA dinner in September. Our auto renews 12/1, 14 tractors, 18 flatbeds. Send me what you need. Not promising anything, we've been with our agent 11 years, but my premium went up 22% last year and I want to see a number.

Wade
""")

msg("cb02", "2026-10-20 10:48", "marcus", ["wade"], re="cb01", body="""
Wade,

Good to hear from you. Fair enough, a second number never hurts. I'll need currently valued loss runs (5 years), your unit schedule with values, the driver list with dates of hire, and the current dec pages. If you have your IFTA mileage handy that helps the flatbed markets too.

Marcus
""")

msg("cb03", "2026-10-23 14:31", "wade", ["marcus"], re="cb02", att=["CBT Loss Runs 5yr.pdf", "CBT Equipment List.xlsx", "CBT Drivers.xlsx", "CBT Dec 2025.pdf"],
    inb=(False, None), body="""
Everything attached. Let me know if you need anything else.

Wade
""")

msg("cb04", "2026-11-13 15:20", "marcus", ["wade"], subj="Cedar Bayou Transport - Auto Proposal 12/1/2026",
    att=["Cedar Bayou Transport - Auto Proposal 2026-27.pdf"], body="""
Wade,

Proposal attached. Cross Timbers quoted $94,300 for the same limits you carry today ($1M CSL, $100K cargo, $2,500 deductibles), against $101,800 expiring. That's about $7,500 back in your pocket with no change in coverage. The quote is good through 11/27.

Marcus
""")

call("cb_c1", "2026-11-16 09:40", "marcus", "Outbound", "(281) 555-0135", 165, "Cedar Bayou Transport",
     note="Wade got proposal, talking to his agent this week")

msg("cb05", "2026-11-17 08:05", "wade", ["marcus"], re="cb04", inb=(False, None), body="""
Marcus, we're staying with our current agent. He matched your number. Don't need any more quotes.

Wade
""")

msg("cb06", "2026-11-17 09:12", "marcus", ["wade"], re="cb05", body="""
Understood, Wade. Glad it got your premium down either way. If anything changes next year, you know where to find me.

Marcus
""")


# =====================================================================
# Permian Basin Water Hauling: Marcus. Existing client; a claim the carrier
# sits on, then our own silence. Renewal 1/1 still being marketed.
# =====================================================================
msg("pb01", "2026-10-26 08:03", "jolene", ["marcus"], subj="Claim #RM-CA-2026-33817 - NOBODY CALLS BACK", inb=(True, "pb02"),
    complaint=("marcus", False), body="""
Marcus,

I am at the end of my rope with Redline Mutual. Our truck #7 rolled on FM 1788 on September 29th. Nobody was hurt, thank God, but the tractor and the tank are a total loss and they are sitting at Basin Wrecker in Odessa at $185 a day in storage.

It has been four weeks. The adjuster, Scott Barlow, has not returned one of my calls since October 8th. I have left him 6 voicemails. His voicemail box is now full. The 800 number tells me he is "the assigned adjuster and will contact me". That is $4,995 in storage fees so far that the wrecker says we owe, and I have a driver with no truck.

I need someone to get Redline to inspect the truck and pay the storage. And honestly, our renewal is January 1st and if this is how claims go with Redline I want to see other options.

Jolene Harker
""")

msg("pb02", "2026-10-26 09:15", "marcus", ["jolene"], re="pb01",
    agreed=[("manager", "I'm escalating this to the Redline claims manager this morning, and I'll call you tomorrow with a name and a date for the inspection.", "2026-10-27", "kept")],
    body="""
Jolene,

I'm sorry, that is not acceptable and you shouldn't have to chase it. I'm escalating this to the Redline claims manager this morning, and I'll call you tomorrow with a name and a date for the inspection. Please keep the storage invoices, storage is covered under the physical damage and I'll make sure Redline pays it.

On the renewal, understood. Let's start gathering what we need so we can market it properly.

Marcus
""")

msg("rm01", "2026-10-26 09:31", "marcus", ["barlow"], subj="ESCALATION - Claim RM-CA-2026-33817 - Permian Basin Water Hauling", body="""
Scott,

I'm the agent on Permian Basin Water Hauling. The insured has left you six messages since 10/8 without a return call, the unit is accruing $185/day storage at Basin Wrecker in Odessa, and your voicemail is full. I'm copying this to your claims manager if I don't hear back today.

Please confirm an inspection date and authorize the storage.

Marcus Ortega
""")

msg("rm02", "2026-10-27 08:12", "barlow", ["marcus"], re="rm01", body="""
Marcus,

Apologies, I had a family emergency and the file wasn't reassigned. Appraiser will inspect the unit at Basin Wrecker Thursday 10/29. Storage is authorized from date of loss and we'll pay the wrecker directly.

Scott
""")

call("pb_c1", "2026-10-27 09:20", "marcus", "Outbound", "(432) 555-0157", 545, "Permian Basin Water Hauling LLC",
     note="Jolene - inspection Thu 10/29, Redline pays storage direct")

msg("pb03", "2026-11-09 13:47", "jolene", ["marcus"], subj="Renewal info - PBWH", att=["PBWH Loss Runs Redline 2021-2026.pdf", "PBWH Unit List Nov 2026.xlsx"],
    inb=(True, "pb04"), body="""
Marcus,

Loss runs and the unit list for the renewal. We are up to 16 water trucks. Ty wants hired and non-owned auto added, we rent pickups during busy season.

The truck claim paid last week, thank you for lighting a fire under them.

Jolene
""")

msg("pb04", "2026-11-10 08:30", "marcus", ["jolene"], re="pb03",
    agreed=[("manager", "I'll send an invite for Wednesday 11/18 at 10.", None, "kept")], body="""
Jolene,

Received, thank you, and glad the claim is finally paid. HNOA is noted. Let's get Ty on a Teams call next week so I can go through the safety program with both of you before the submissions go out. I'll send an invite for Wednesday 11/18 at 10.

Marcus
""")

call("pb_c2", "2026-11-24 15:12", "marcus", "Inbound", "(432) 555-0157", 0, "Permian Basin Water Hauling LLC")
call("pb_c3", "2026-11-25 10:40", "marcus", "Inbound", "(432) 555-0157", 0, "Permian Basin Water Hauling LLC")

msg("pb05", "2026-12-01 07:36", "jolene", ["marcus"], cc=["dana"], subj="Renewal - 30 days out and nothing", inb=(True, "pb06"),
    complaint=("marcus", True), body="""
Marcus,

It's December 1st. Our renewal is in 30 days and we have not seen a single quote. On the call on the 18th you told Ty and me we would have numbers "right after Thanksgiving". I called you twice last week, Tuesday and Wednesday, and left messages both times, and nobody called back.

I went to bat for you with Ty when he wanted to just renew with Redline. Right now I look pretty stupid. If we don't have something real by the middle of the month we will renew with Redline and be done with it, and I'll be honest I'm not sure we'd come back after that.

Please call Ty, not me, he wants to hear it from you.
""")

msg("pb06", "2026-12-01 09:02", "marcus", ["jolene"], cc=["dana"], re="pb05",
    agreed=[("manager", "I'll call Ty tomorrow morning and explain exactly where each market stands.", "2026-12-02", "kept"),
            ("manager", "You will have the market results in writing by Thursday, December 10, with or without the last carrier.", "2026-12-10", "open")],
    body="""
Jolene,

You're right, and I'm sorry. Missing your calls last week is on me, there's no excuse for it.

Where we are: two markets declined because of the September rollover, one is still reviewing, and one is working on terms now. I'll call Ty tomorrow morning and explain exactly where each market stands. You will have the market results in writing by Thursday, December 10, with or without the last carrier.

Marcus
""")

call("pb_c4", "2026-12-02 08:05", "marcus", "Outbound", "(432) 555-0171", 752, "Permian Basin Water Hauling LLC",
     note="Ty - explained 2 declines + 2 open; written results by 12/10")

msg("int01", "2026-12-01 09:20", "dana", ["marcus"], re="pb06", subj="RE: Renewal - 30 days out and nothing", body="""
Marcus - stop by my office when you're free. Let's go over Permian and your December renewals together. If the two open markets need a push I'll call them myself.
""")

event("pb_mtg", "2026-11-18 10:00", 45, "marcus", ["jolene"], "PBWH - renewal / fleet safety review (Teams)",
      "2026-11-10 08:32", location="Microsoft Teams Meeting",
      desc="Review fleet safety program, driver hiring criteria and HNOA exposure before the renewal submissions go out. Ty Harker joining by phone.")


# =====================================================================
# Lakeside Family Dental Group: Priya. Cyber (won, paid late) and then
# property/BOP for the new Katy office (proposal, walkthrough planned).
# =====================================================================
msg("ld01", "2026-10-14 09:05", "monica", ["priya"], subj="Request for Cyber Liability Quotation - Lakeside Family Dental Group",
    inb=(True, "ld02"), body="""
Dear Ms. Raman,

Thank you for speaking with Dr. Pruitt and me at the Greater Houston Dental Society meeting last Thursday. As discussed, we would like to obtain quotations for a stand-alone cyber liability policy.

Some background:
- Three offices (Sugar Land, Missouri City, Pearland), 41 employees, 9 dentists.
- Practice management: Dentrix Ascend (cloud). Imaging on a local server at each office.
- Our current business owners policy includes a data compromise endorsement with a $50,000 sublimit, which our IT consultant advises is inadequate after the attack on a neighboring practice this summer.
- We would like the new policy effective no later than November 15, 2026.

Please let me know what information you require.

Respectfully,
""")

msg("ld02", "2026-10-14 11:30", "priya", ["monica"], re="ld01",
    agreed=[("manager", "I'll send you the cyber application and a short ransomware questionnaire tomorrow morning.", "2026-10-15", "kept")],
    body="""
Dear Monica,

It was a pleasure meeting you both, and thank you for the detailed summary. November 15 is very doable.

I'll send you the cyber application and a short ransomware questionnaire tomorrow morning. Most of the questions are about backups, multi-factor authentication and how staff are trained on phishing, so your IT consultant may want to help with a few of them.

Best regards,
Priya
""")

msg("ld03", "2026-10-15 08:50", "priya", ["monica"], re="ld02", att=["Atlas Cyber - Healthcare Application.pdf", "Ransomware Supplemental Questionnaire.pdf"],
    body="""
Good morning Monica,

Attached are the application and the ransomware supplement. If it would help, I'm happy to go through them on Zoom with you and Dr. Pruitt; I've put a placeholder on Thursday 10/22 at 12:15 (lunch hour) and will send the link.

Best,
Priya
""")

event("ld_zoom", "2026-10-22 12:15", 45, "priya", ["monica", "pruitt"], "Lakeside Family Dental - cyber application review (Zoom)",
      "2026-10-15 08:52", location="https://zoom.us/j/84410293377",
      desc="Walk through Atlas Cyber application and ransomware supplement with Monica Tran and Dr. Pruitt.")

msg("ld04", "2026-10-23 16:10", "monica", ["priya"], re="ld03", att=["Lakeside FDG - Cyber Application SIGNED.pdf", "Lakeside FDG - Ransomware Supplement.pdf"],
    inb=(True, "ld05"), body="""
Dear Priya,

Thank you for your time yesterday. The completed application and supplement are attached.

Dr. Pruitt asked me to confirm one item in writing: if Dentrix Ascend (our cloud vendor) is down because of an attack on them, not on us, does the policy pay for our lost income while the offices cannot schedule or bill?

Respectfully,
""")

msg("ld05", "2026-10-26 10:20", "priya", ["monica"], re="ld04", body="""
Dear Monica,

Thank you, the application looks complete. To Dr. Pruitt's question: yes, that is "dependent business interruption", and the Atlas form includes it, typically at a $250,000 sublimit with a 12-hour waiting period. I'm also asking two other markets so you can compare how each one handles it.

Best regards,
Priya
""")

msg("at01", "2026-11-05 15:40", "maya", ["priya"], subj="Atlas Cyber quote - Lakeside Family Dental Group PLLC",
    att=["Atlas Quote - Lakeside FDG - 1M.pdf", "Atlas Quote - Lakeside FDG - 2M.pdf"], body="""
Hi Priya,

Quotes attached: $1M aggregate at $6,480, $2M at $9,150, $10K retention, dependent BI $250K. Subject to MFA attestation for email and remote access. Valid 30 days.

Thanks,
Maya
""")

msg("ld06", "2026-11-06 11:15", "priya", ["monica"], cc=["pruitt"], subj="Lakeside Family Dental - Cyber Liability Proposal",
    att=["Lakeside Family Dental - Cyber Proposal Nov 2026.pdf"], body="""
Dear Monica and Dr. Pruitt,

The cyber proposal is attached. In short:

1. Atlas Cyber, $1,000,000 limit: $6,480 annual premium
2. Atlas Cyber, $2,000,000 limit: $9,150 annual premium
3. Ironwood Specialty, $1,000,000 limit: $7,020 annual premium (lower dependent business interruption sublimit, $100,000)

All three have a $10,000 retention and include ransomware, regulatory defense (HIPAA) and breach response. Given three offices and the imaging servers, my recommendation is option 2.

Best regards,
Priya
""")

msg("ld07", "2026-11-09 07:41", "pruitt", ["priya"], cc=["monica"], re="ld06", inb=(True, "ld08"), body="""
Priya - we'll take the 2M Atlas option. Monica will handle the paperwork. Thank you.

Alan
""")

msg("ld08", "2026-11-09 09:05", "priya", ["pruitt"], cc=["monica"], re="ld07",
    agreed=[("manager", "I'll send Monica the bind documents (final application, no-known-loss letter and invoice) by Wednesday.", "2026-11-11", "kept")],
    body="""
Dr. Pruitt,

Wonderful, thank you. I'll send Monica the bind documents (final application, no-known-loss letter and invoice) by Wednesday. Coverage will be effective November 15 as planned.

Best regards,
Priya
""")

msg("ld09", "2026-11-10 14:22", "priya", ["monica"], subj="Lakeside FDG - Atlas Cyber bind documents", re="ld08",
    att=["Atlas Cyber - Final Application - Lakeside FDG.pdf", "No Known Loss Letter - Lakeside FDG.docx", "Invoice BRIP-26-11874 - Lakeside FDG.pdf"],
    body="""
Dear Monica,

Attached are the documents we need to bind the $2M Atlas Cyber policy effective 11/15/2026:
- final application (please sign page 6)
- no-known-loss letter (on practice letterhead, signed by Dr. Pruitt)
- our invoice for $9,150.00, payable by ACH or check; wiring details are on the invoice

Please return the signed pages by Friday.

Best regards,
Priya
""")

msg("ld10", "2026-11-12 15:03", "monica", ["priya"], re="ld09", att=["Lakeside FDG - Signed Application p6.pdf", "Lakeside FDG - No Known Loss Letter SIGNED.pdf"],
    agreed=[("client", "Payment of $9,150.00 will be sent by ACH on Friday, November 13.", "2026-11-13", "broken")],
    inb=(True, "ld11"), body="""
Dear Priya,

The signed application page and the no-known-loss letter are attached. Payment of $9,150.00 will be sent by ACH on Friday, November 13.

Kindly confirm receipt.

Respectfully,
""")

msg("ld11", "2026-11-12 16:40", "priya", ["monica"], re="ld10", att=["Atlas Cyber Binder - Lakeside FDG - eff 11-15-2026.pdf"], body="""
Dear Monica,

Received, thank you. The policy is bound effective November 15; the binder is attached and the policy itself will follow from Atlas in two to three weeks.

Best regards,
Priya
""")

msg("int02", "2026-11-18 10:02", "tasha", ["priya"], subj="Lakeside FDG - ACH not received", body="""
Priya, accounting hasn't seen the Lakeside Dental ACH ($9,150, inv BRIP-26-11874). Atlas wants the premium by 12/15. Can you nudge them?
""")

msg("ld12", "2026-11-18 10:30", "priya", ["monica"], re="ld11", body="""
Dear Monica,

A quick note: our accounting team hasn't received the ACH for invoice BRIP-26-11874 yet. Could you check with your bank? It may simply be in transit.

Best regards,
Priya
""")

msg("ld13", "2026-11-19 11:12", "monica", ["priya"], re="ld12", inb=(False, None), body="""
Dear Priya,

My apologies. Our bank held the ACH for new-payee verification and did not notify us. It has been released this morning and should arrive by tomorrow.

Respectfully,
""")

msg("ld14", "2026-11-23 09:30", "monica", ["priya"], subj="Katy office - property and liability insurance", inb=(True, "ld15"),
    att=["Lease - Westheimer Pkwy Ste 140 - Exhibit F Insurance.pdf"], body="""
Dear Priya,

Now that the cyber policy is in place, we need your help with our fourth office. We signed a lease at 23920 Westheimer Parkway, Suite 140, Katy, and the build-out is under way.

The landlord requires (Exhibit F attached):
1. Property coverage for tenant improvements, $680,000 (our build-out budget);
2. Business personal property, approximately $240,000 (equipment delivered in early January);
3. General liability $1,000,000/$2,000,000 with the landlord as additional insured.

We need the coverage effective January 15, 2027, when the contractor turns the space over to us.

Respectfully,
""")

msg("ld15", "2026-11-24 10:05", "priya", ["monica"], re="ld14", body="""
Dear Monica,

Congratulations on the new office! A few questions so I can price it correctly:

1. Construction type of the building and year built, and is the suite sprinklered?
2. Will the build-out contractor carry builder's risk until turnover, or does the lease put that on you?
3. Is the $240,000 of equipment including the CBCT/pano unit?

I'll also compare adding Katy to your existing package with Lone Star Casualty against a separate policy; adding it is usually cheaper and keeps one renewal date.

Best regards,
Priya
""")

msg("ld16", "2026-11-30 14:18", "monica", ["priya"], re="ld15", att=["Katy Build-Out Budget - Lakeside.xlsx", "Katy Equipment List.xlsx"],
    inb=(True, "ld17"), body="""
Dear Priya,

1. Masonry non-combustible, built 2019, fully sprinklered.
2. The contractor carries builder's risk until turnover (certificate attached to the budget file).
3. Yes, the $240,000 includes the CBCT unit ($118,000).

Respectfully,
""")

msg("ld17", "2026-12-02 15:45", "priya", ["monica"], cc=["pruitt"], re="ld16", subj="Lakeside FDG - Katy office proposal",
    att=["Lakeside FDG - Katy Location Proposal.pdf"], body="""
Dear Monica,

The proposal for the Katy office is attached. Adding the location to your Lone Star Casualty package, effective 1/15/2027, with $680,000 tenant improvements, $240,000 business personal property, equipment breakdown, and the landlord as additional insured on the general liability: annual premium $5,880 for the location (about $4,650 pro-rated to your package renewal).

I'd like to walk the space with you before we finalize the values. Would Monday, December 14 at 2:00 work?

Best regards,
Priya
""")

msg("ld18", "2026-12-03 08:44", "monica", ["priya"], re="ld17", inb=(False, None), body="""
Dear Priya,

Monday, December 14 at 2:00 works. Please park in the rear lot; the front entrance is still closed during construction.

Respectfully,
""")

event("ld_walk", "2026-12-14 14:00", 60, "priya", ["monica"], "Lakeside FDG - Katy office walkthrough",
      "2026-12-03 08:50", location="23920 Westheimer Pkwy, Suite 140, Katy, TX 77494 (rear lot)",
      desc="Walk the build-out with Monica Tran; confirm TI and BPP values before binding the Katy location.")


# =====================================================================
# Harwood & Pike (CPA firm, refers clients) -> Nimbus Ledger and
# Mesquite Creek Veterinary. Nimbus: cyber/tech E&O, in negotiation.
# =====================================================================
msg("hp01", "2026-10-19 10:12", "glenn", ["priya"], cc=["kevin"], subj="Introduction - Nimbus Ledger / Brazos Ridge",
    inb=(True, "nl01"), body="""
Priya,

I'd like to introduce Kevin Osei, CEO of Nimbus Ledger, a client of ours here in Austin. They build reconciliation software for hospital billing departments and are about to sign their first enterprise contract, with Halvorsen Health. Halvorsen requires cyber and technology E&O coverage and Kevin has never bought anything beyond a BOP.

Kevin, Priya is the person we send all our healthcare and tech clients to. You're in good hands.

Best,
Glenn
""")

msg("nl01", "2026-10-19 11:02", "priya", ["kevin"], cc=["glenn"], re="hp01", att=["Tech E&O and Cyber Application.pdf"], body="""
Thanks so much, Glenn!

Kevin, nice to meet you. Contracts like Halvorsen's usually require combined tech E&O and cyber at a specific limit, and they're strict about the certificate wording. Could you send me the insurance exhibit from their contract? The application is attached; whoever knows your security setup best should fill it in.

Best,
Priya
""")

msg("nl02", "2026-10-19 21:03", "kevin", ["priya"], re="nl01", inb=(False, None), body="""
Thx Priya. Sarah (COO) will do the app. Need this bound before we sign w Halvorsen, target is mid Dec
""")

msg("hp02", "2026-10-20 08:30", "priya", ["glenn"], subj="Thank you + lunch?", body="""
Glenn,

Thank you for the introduction to Nimbus Ledger. Let me buy you lunch, Dana would love to join. How is Thursday 10/29 at Ouisie's?

Priya
""")

msg("hp03", "2026-10-20 09:14", "glenn", ["priya"], re="hp02", inb=(False, None), body="""
Thursday the 29th works. Noon?
""")

event("hp_lunch", "2026-10-29 12:00", 90, "priya", ["glenn", "dana"], "Lunch - Glenn Harwood (Harwood & Pike CPAs)",
      "2026-10-20 09:20", location="Ouisie's Table, 3939 San Felipe St, Houston",
      desc="Thank-you lunch for the Nimbus Ledger referral; talk about their other clients with renewals in Q1.")

msg("nl03", "2026-10-28 17:22", "sarah", ["priya"], re="nl01", subj="Re: Introduction - Nimbus Ledger / Brazos Ridge",
    att=["Nimbus Ledger - Tech EO Cyber Application.pdf", "Halvorsen MSA - Exhibit D Insurance.pdf", "Nimbus SOC2 Type I Report.pdf"],
    inb=(True, "nl04"), body="""
Hi Priya,

Application attached, plus Halvorsen's insurance exhibit and our SOC 2 Type I report (Type II audit window ends in March).

Quick summary of what Halvorsen wants: technology E&O + cyber, $3M each claim and aggregate, retention no more than $25K, Halvorsen as additional insured, 30 days notice of cancellation. We have 14 employees and about $2.2M revenue this year.

Thanks!
Sarah
""")

msg("nl04", "2026-10-29 09:10", "priya", ["sarah"], cc=["kevin"], re="nl03",
    agreed=[("manager", "I'll have indications to you by November 13.", "2026-11-13", "broken")],
    body="""
Hi Sarah,

Thank you, this is a very complete submission, and the SOC 2 report will help a lot. I'm sending it to four markets today. I'll have indications to you by November 13.

One flag: additional insured status isn't standard on tech E&O. Most carriers will do it only for the cyber liability part, so we may have to negotiate that wording with Halvorsen.

Best,
Priya
""")

msg("nl05", "2026-11-16 13:30", "priya", ["sarah", "kevin"], re="nl04", subj="Nimbus Ledger - Tech E&O / Cyber indications",
    att=["Nimbus Ledger - Tech EO Cyber Proposal.pdf"], body="""
Hi Sarah and Kevin,

Apologies, these took a few days longer than I promised, one market asked for a call with their security team first.

1. Atlas Cyber Underwriting: $3M tech E&O + cyber, $25,000 retention: $27,400
2. Ironwood Specialty: $3M, $50,000 retention: $24,900 (the retention is above Halvorsen's $25K maximum)

Two markets declined (too early in revenue for a $3M limit). Atlas meets every item in Exhibit D, including the additional insured wording on the cyber part.

Best,
Priya
""")

msg("nl06", "2026-11-16 18:55", "kevin", ["priya"], cc=["sarah"], re="nl05", inb=(True, "nl07"), body="""
27k is steep for a 14 person company. Can we do 2M and get Halvorsen to accept it?
""")

msg("nl07", "2026-11-17 09:40", "priya", ["kevin"], cc=["sarah"], re="nl06",
    agreed=[("manager", "I'll ask Atlas for a $2M option anyway, and whether they can move on price at a $50,000 retention.", None, "kept")],
    body="""
Kevin,

Understood, it's a big line item for a company your size. The $3M requirement is Halvorsen's, so it's worth asking them, but large health systems rarely move on limits. I'll ask Atlas for a $2M option anyway, and whether they can move on price at a $50,000 retention. If Halvorsen would accept a $50K retention, that opens more room.

Priya
""")

call("nl_c1", "2026-11-17 16:20", "priya", "Inbound", "(512) 555-0184", 394, "Nimbus Ledger, Inc.",
     note="Sarah - will ask Halvorsen about 2M / 50K ret")

msg("hh01", "2026-11-20 10:05", "lauren", ["sarah"], cc=["priya"], subj="Nimbus Ledger - Vendor Onboarding - Insurance Requirements (Ref VR-2026-4471)",
    body="""
Hello Sarah,

Following up on your question: Halvorsen Health's requirement of $3,000,000 technology errors & omissions/cyber liability is non-negotiable for vendors with access to patient financial data. We can accept a self-insured retention up to $50,000 with CFO attestation of ability to pay.

Please provide a certificate of insurance evidencing the coverage, Halvorsen Health as additional insured, prior to contract execution.

Regards,
""")

msg("nl08", "2026-11-20 11:31", "sarah", ["priya"], cc=["kevin"], re="hh01", inb=(True, "nl09"), body="""
Priya - see Lauren's note below. $3M stays, but they'd accept a $50K retention. Can you get Atlas lower at $50K? If it comes in around $24K we're comfortable.

Sarah
""")

msg("at02", "2026-11-24 11:10", "maya", ["priya"], subj="RE: Nimbus Ledger - $3M at $50K retention", att=["Atlas Quote - Nimbus Ledger - 3M 50K rev.pdf"], body="""
Priya,

At a $50K retention we can do $24,150 for the $3M tech E&O/cyber, and we'll raise the social engineering sublimit to $250K. Subject to MFA attestation and a signed warranty letter. The $2M option would be $19,300 but I know that doesn't help with Halvorsen.

Maya
""")

msg("nl09", "2026-11-25 09:15", "priya", ["sarah", "kevin"], re="nl08", att=["Atlas Quote - Nimbus Ledger - 3M 50K rev.pdf"], body="""
Hi Sarah, Kevin,

Good news: at a $50,000 retention Atlas comes down to $24,150 for the $3M limit, and they raised the social engineering sublimit to $250,000. Revised quote attached. For reference, $2M would have been $19,300, but Halvorsen won't take it.

Happy Thanksgiving!
Priya
""")

msg("nl10", "2026-12-01 10:48", "sarah", ["priya"], re="nl09", inb=(True, "nl11"), body="""
Hi Priya,

Our board approved the budget on Monday's call. Kevin wants one more conversation before we sign, mostly about the warranty letter and what happens if we have a claim during the Halvorsen rollout. Can we do a call Thursday 12/10 at 10?

Sarah
""")

msg("nl11", "2026-12-01 11:20", "priya", ["sarah"], cc=["kevin"], re="nl10",
    agreed=[("manager", "In the meantime I'll send you the Atlas subjectivities list tomorrow so nothing in the warranty letter surprises you.", "2026-12-02", "kept")],
    body="""
Hi Sarah,

That's great news. Thursday 12/10 at 10:00 works, a Teams invite is on its way. In the meantime I'll send you the Atlas subjectivities list tomorrow so nothing in the warranty letter surprises you.

Priya
""")

msg("nl12", "2026-12-02 14:05", "priya", ["sarah"], cc=["kevin"], re="nl11", att=["Atlas Subjectivities - Nimbus Ledger.pdf", "Atlas Warranty Letter Template.docx"], body="""
Hi Sarah,

As promised, the subjectivities and the warranty letter template are attached. The three items that need action before binding: MFA attestation for email, remote access and admin accounts; the signed warranty letter; and a copy of your incident response plan (a draft is fine).

Priya
""")

event("nl_call", "2026-12-10 10:00", 45, "priya", ["sarah", "kevin"], "Nimbus Ledger - Atlas tech E&O/cyber: final questions before binding",
      "2026-12-01 11:22", location="Microsoft Teams Meeting",
      desc="Kevin's questions: warranty letter, claims during Halvorsen rollout. Target bind before Halvorsen contract execution (mid-December).")

# ---- Mesquite Creek Veterinary Hospital: introduced by Glenn; needs talked through
msg("hp04", "2026-11-16 15:30", "glenn", ["priya"], cc=["janet"], subj="Another one for you - Mesquite Creek Veterinary Hospital",
    inb=(True, "mc01"), body="""
Priya,

Another introduction. Dr. Hannah Voigt owns Mesquite Creek Veterinary Hospital in Conroe (two buildings: the hospital and a boarding kennel). Their package renews February 1 and their agent of many years just retired. Janet Sowell runs the practice and handles the insurance; she's copied here.

Janet, Priya helped another of our clients with exactly this kind of move last month.

Best,
Glenn
""")

msg("mc01", "2026-11-16 16:05", "priya", ["janet"], cc=["glenn"], re="hp04", body="""
Thank you, Glenn!

Janet, nice to meet you. February 1 gives us good time to do this properly. Would a 30-minute Teams call next week work, so I can understand the two buildings and what matters most to Dr. Voigt? Tuesday 11/24 at 11:00, perhaps?

Best,
Priya
""")

msg("mc02", "2026-11-17 08:20", "janet", ["priya"], re="mc01", inb=(False, None), body="""
Hi Priya, Tuesday 11/24 at 11 is fine. Glenn may join too.

Janet
""")

event("mc_call", "2026-11-24 11:00", 30, "priya", ["janet", "glenn"], "Mesquite Creek Veterinary - intro call (Teams)",
      "2026-11-17 08:25", location="Microsoft Teams Meeting",
      desc="Two buildings (hospital + boarding kennel), package renewal 2/1/2027. Referral from Glenn Harwood.")

msg("mc03", "2026-11-24 14:30", "priya", ["janet"], cc=["glenn"], subj="Mesquite Creek Vet - what I need for the 2/1 renewal", body="""
Hi Janet,

Thank you for the time this morning, it was very helpful. To recap what we discussed, I'll need:

1. The current package declarations and the most recent renewal invoice.
2. A schedule of values for both buildings (square footage, year built, roof age), plus contents.
3. A list of the major equipment: digital X-ray, ultrasound, anesthesia machines, the kennel HVAC.
4. Kennel capacity and whether you offer grooming or daycare.

Once I have these, I need about two weeks to take it to market. It was good to hear that animal bailee coverage for boarded pets is the main worry for Dr. Voigt; we'll make sure every option includes it.

Best,
Priya
""")

msg("mc04", "2026-11-25 09:02", "janet", ["priya"], re="mc03",
    agreed=[("client", "I will send the building info and the current dec pages by Wednesday, December 9.", "2026-12-09", "open")],
    inb=(True, "mc05"), body="""
Hi Priya,

Thank you for the list. Dr. Voigt is out for the holiday and the roof information is in her files. I will send the building info and the current dec pages by Wednesday, December 9. Is that still enough time?

Janet
""")

msg("mc05", "2026-11-25 09:40", "priya", ["janet"], re="mc04",
    agreed=[("manager", "I'll give you a call on Thursday, December 10 to go through the schedule of values together.", "2026-12-10", "open")],
    body="""
Hi Janet,

Yes, that works fine for a February 1 renewal. I'll give you a call on Thursday, December 10 to go through the schedule of values together.

Happy Thanksgiving to you and Dr. Voigt!

Priya
""")


# =====================================================================
# Parcel Pilot: Priya. Cyber/tech E&O quoted; declined politely (investor's insurer).
# =====================================================================
msg("pp01", "2026-10-21 13:12", "nina", ["priya"], subj="Cyber + E&O quote for Parcel Pilot", inb=(True, "pp02"), body="""
Hi Priya,

Nina here, co-founder at Parcel Pilot (we do last-mile routing software for regional couriers). Our Series A lead asked us to have cyber + tech E&O in place before closing in December. A founder friend at Fieldnote said you were great to work with.

We're 22 people, about $3.1M ARR. Could you quote something sensible? $2M is what the investor mentioned.

Thanks!
Nina
""")

msg("pp02", "2026-10-21 15:40", "priya", ["nina"], re="pp01", att=["Tech E&O and Cyber Application.pdf"], body="""
Hi Nina,

Congratulations on the raise! Happy to help. The application is attached. The markets will also want to know whether you store any customer or recipient personal data (names, addresses, phone numbers) and whether you have MFA everywhere. If you have a SOC 2 report, even a Type I, please send it too.

Best,
Priya
""")

msg("pp03", "2026-10-26 11:08", "nina", ["priya"], re="pp02", att=["Parcel Pilot - Application.pdf"], inb=(False, None), body="""
Here you go! No SOC 2 yet (in progress). We store recipient names, addresses and phone numbers, MFA on everything.

Nina
""")

msg("pp04", "2026-11-06 16:02", "priya", ["nina"], re="pp03", subj="Parcel Pilot - Tech E&O / Cyber quote", att=["Parcel Pilot - Tech EO Cyber Proposal.pdf"], body="""
Hi Nina,

The proposal is attached. Ironwood Specialty quoted $2M tech E&O + cyber with a $25,000 retention for $11,880 a year. Atlas quoted $13,450 for the same. Either one meets the usual Series A requirements. The Ironwood quote is valid through December 6.

Best,
Priya
""")

msg("pp05", "2026-11-12 10:15", "priya", ["nina"], re="pp04", body="""
Hi Nina,

Just checking in on the quote: do you have any questions, or would you like me to set up a call with your investor's counsel to go over the coverage?

Best,
Priya
""")

msg("pp06", "2026-11-13 12:44", "nina", ["priya"], re="pp05", inb=(False, None), body="""
Hi Priya,

Thanks so much for the quick turnaround and for checking in. Our lead investor has a portfolio deal with a digital insurer and strongly encouraged us to use them, so we're going to go that route. I really appreciate your time, and I'll keep you in mind as we grow!

Nina
""")

msg("pp07", "2026-11-13 13:20", "priya", ["nina"], re="pp06", body="""
Thank you for letting me know, Nina, I appreciate it. Good luck with the close, and feel free to reach out anytime.

Priya
""")


# =====================================================================
# Pecan Street Hospitality Group: Jenna. Three restaurants, package renewal
# 12/31. A late landlord certificate, an angry owner, and bargaining.
# =====================================================================
msg("ps01", "2026-10-19 10:00", "jenna", ["rachel"], cc=["devon"], subj="Pecan Street Hospitality - 12/31 renewal kickoff",
    att=["PSHG Renewal Checklist 2027.pdf"],
    agreed=[("manager", "I'll have the renewal applications pre-filled and over to Devon by Friday.", "2026-10-23", "kept")],
    body="""
Hi Rachel and Devon,

I'm taking over your account from Mike Delaney, who moved to our Dallas office; I'm looking forward to working with you both. Your package (property, general liability, liquor liability and umbrella for all three restaurants) renews December 31.

To get started I'll need updated sales projections by location, the food/liquor split, payroll and any changes to the buildings. I'll have the renewal applications pre-filled and over to Devon by Friday.

Best,
Jenna
""")

msg("ps02", "2026-10-22 15:30", "jenna", ["devon"], re="ps01", att=["PSHG - Restaurant Supplemental App - Burnet.pdf", "PSHG - Restaurant Supplemental App - South Congress.pdf", "PSHG - Restaurant Supplemental App - Mueller.pdf"],
    body="""
Devon,

The three pre-filled applications are attached. Please correct anything that has changed and fill in the 2027 projections.

Jenna
""")

msg("ps03", "2026-10-30 17:05", "devon", ["jenna"], re="ps02", att=["PSHG - Apps completed.pdf", "PSHG 2027 Projections.xlsx"], inb=(True, "ps04"), body="""
Jenna,

Completed applications and projections attached. Liquor is 34% of total sales across the three locations (41% at South Congress). We added a covered patio at South Congress in August, about $85,000. Does the patio need to be scheduled separately?

Thanks,
Devon
""")

msg("ps04", "2026-11-02 09:15", "jenna", ["devon"], re="ps03", body="""
Devon,

Thanks, this is great. Yes, I'll add the patio to the South Congress building limit as a permanent improvement, so it's covered the same as the building. Submissions go out this week.

Jenna
""")

msg("ps05x", "2026-11-04 16:22", "carla", ["rachel"], subj="Certificate of Insurance - Lease #MRP-2291 - Pecan Street Kitchen (South Congress)", phantom=True,
    body="""
Rachel,

Our annual lease compliance review shows the certificate of insurance on file for your South Congress location expired 10/31. Please have your agent send an updated certificate naming Midtown Retail Properties, LLC and SoCo Retail Holdings LP as additional insureds, with waiver of subrogation, by Monday, November 9.

Thank you,
""")

msg("ps05", "2026-11-05 08:10", "rachel", ["jenna"], subj="FW: Certificate of Insurance - Lease #MRP-2291 - Pecan Street Kitchen (South Congress)",
    fwd="ps05x", inb=(True, "ps06"), body="""
Jenna can you take care of this? They need it by Monday
""")

msg("ps06", "2026-11-05 09:02", "jenna", ["rachel"], re="ps05",
    agreed=[("manager", "I'll get the certificate with the additional insured endorsement out to Carla tomorrow.", "2026-11-06", "broken")],
    body="""
Hi Rachel,

Absolutely. The additional insured wording needs an endorsement from the carrier for the second entity, so I've requested it this morning. I'll get the certificate with the additional insured endorsement out to Carla tomorrow.

Jenna
""")

msg("ps07", "2026-11-10 14:10", "carla", ["jenna"], cc=["rachel"], subj="SECOND REQUEST - COI - Lease #MRP-2291", body="""
Ms. Lowry,

We have not received the certificate of insurance for Pecan Street Kitchen requested on 11/4. Under Section 12.3 of the lease, failure to provide evidence of insurance within 10 days of request is a default. A default notice will issue on November 14 if the certificate is not received.

Regards,
""")

msg("ls02", "2026-11-10 16:45", "heather", ["jenna"], subj="Endorsement request - Pecan Street Hospitality Group - PKG 7781204", body="""
Jenna,

Sorry for the delay, the request went to the wrong queue. The additional insured endorsement for SoCo Retail Holdings LP (CG 20 11) and the waiver of subrogation are processed effective 11/5. Endorsement attached to the policy in the portal.

Heather
""")

msg("ps08", "2026-11-10 21:40", "rachel", ["jenna"], cc=["dana"], re="ps07", complaint=("jenna", True), inb=(True, "ps09"), body="""
Jenna,

I just got copied on a SECOND request from our landlord with the words "default notice" in it. You told me on Thursday morning the certificate would go out the next day. It is now Tuesday night. Nobody called me, nobody emailed me, and I had to find out from Carla.

Do you understand what a default notice means for us? That location does 40% of our revenue. Our lease is up for renewal next year and the landlord has been looking for a reason to push us out for a national tenant. A default on file is exactly that reason.

This is not the first time. Last spring Mike took three weeks to get a certificate to our liquor distributor. I was told things would be different with a new account manager. We pay Brazos Ridge more than $60,000 a year in premium and I should not have to babysit a certificate.

I need the certificate in Carla's hands tomorrow morning, and I want a call explaining what happened. Dana, I'm copying you because I want someone senior to know about this.

Rachel Ambrose
Owner, Pecan Street Hospitality Group
""")

msg("ps09", "2026-11-11 07:55", "jenna", ["rachel"], cc=["dana"], re="ps08", att=["COI - Pecan Street Kitchen - Midtown Retail - 11-11-2026.pdf", "CG 20 11 - SoCo Retail Holdings LP.pdf"],
    agreed=[("manager", "I'll call you at 10:00 this morning to walk you through what happened and what we're changing.", "2026-11-11", "kept")],
    body="""
Rachel,

You're right, and I'm sorry. The carrier's endorsement was stuck in the wrong queue, but I should have followed up on Friday and I should have told you about the delay. That's on me.

The certificate with the additional insured endorsement and the waiver of subrogation went to Carla at 7:40 this morning; copies are attached. I'll call you at 10:00 this morning to walk you through what happened and what we're changing.

Jenna
""")

msg("ps10", "2026-11-11 07:41", "jenna", ["carla"], cc=["rachel"], re="ps07", att=["COI - Pecan Street Kitchen - Midtown Retail - 11-11-2026.pdf", "CG 20 11 - SoCo Retail Holdings LP.pdf"], body="""
Ms. Jensen,

Attached are the certificate of insurance for Pecan Street Kitchen (South Congress) and the additional insured endorsement naming Midtown Retail Properties, LLC and SoCo Retail Holdings LP, with waiver of subrogation. I apologize for the delay; it was ours, not the tenant's.

Jenna Lowry
""")

msg("ps11", "2026-11-11 09:30", "carla", ["jenna"], re="ps10", body="""
Received and approved, thank you. No notice will issue.

Carla
""")

call("ps_c1", "2026-11-11 10:04", "jenna", "Outbound", "(512) 555-0176", 862, "Pecan Street Hospitality Group",
     note="Rachel - apologized, explained carrier queue; all COI requests now tracked same day by Tasha")

msg("int03", "2026-11-11 08:20", "dana", ["jenna"], re="ps09", subj="RE: Certificate of Insurance - Pecan Street", body="""
Jenna - good response. Come see me at 2 so we can talk about how COI requests get tracked so this doesn't happen again. I'll call Rachel myself later this week just to check in, not to step on your toes.
""")

event("int_jenna", "2026-11-11 14:00", 30, "dana", ["jenna"], "Jenna / Dana - Pecan Street COI debrief", "2026-11-11 08:21",
      location="Dana's office")

event("ps_mtg", "2026-11-19 10:00", 90, "jenna", ["rachel", "devon"], "Pecan Street HG - renewal review",
      "2026-11-12 09:00", location="Pecan Street Hospitality Group, 5300 Burnet Rd, Austin, TX",
      desc="Preliminary renewal numbers, liquor liability market, South Congress slip-and-fall claim (10/2026).")

msg("ps12", "2026-11-20 16:30", "jenna", ["rachel", "devon"], subj="Pecan Street Hospitality - 2027 Renewal Proposal",
    att=["Pecan Street HG - 2027 Renewal Proposal.pdf"], body="""
Hi Rachel and Devon,

Thank you both for meeting with me yesterday. The renewal proposal is attached.

Lone Star Casualty (incumbent) renews the package at $71,640, against $60,720 expiring. The increase comes from two things: liquor liability rates across the Texas market (up 20-30% this year) and the October slip-and-fall claim at South Congress, which is still open with a $45,000 reserve.

I have one more market reviewing it and expect their answer after Thanksgiving.

Best,
Jenna
""")

msg("ps13", "2026-11-23 08:47", "rachel", ["jenna"], re="ps12", inb=(True, "ps14"), body="""
Jenna,

Eighteen percent. I know you don't set the rates and I know about the claim, but I cannot absorb $11,000 on top of the food cost increases we've had this year.

Here's what I want to see:
1. The property deductible raised to $5,000 at all three locations, if it actually brings the price down.
2. The umbrella dropped from $5M to $2M. Our landlord leases only require $2M.
3. A real number from the other market, not "reviewing".

I need to see these numbers before our meeting on December 9th. If the number doesn't start with a 6, I'll have my brother-in-law's agent quote it, and I'd rather not.

Rachel
""")

msg("ps14", "2026-11-24 10:12", "jenna", ["rachel"], cc=["devon"], re="ps13",
    agreed=[("manager", "I'll rerun the package with the $5,000 property deductible and a $2M umbrella and have both sets of numbers, plus the second market, for our meeting on December 9.", "2026-12-09", "open")],
    body="""
Rachel,

Understood, and those are all reasonable asks. I'll rerun the package with the $5,000 property deductible and a $2M umbrella and have both sets of numbers, plus the second market, for our meeting on December 9.

Jenna
""")

msg("ps15", "2026-12-04 11:20", "devon", ["jenna"], re="ps14", att=["PSHG Payroll by Location Q3 2026.xlsx"], inb=(False, None), body="""
Jenna,

Rachel asked me to confirm Wednesday 12/9 at 2:00 at the Burnet Rd office. I've also attached updated payroll by location in case the other market asks.

Devon
""")

event("ps_mtg2", "2026-12-09 14:00", 60, "jenna", ["rachel", "devon"], "Pecan Street HG - renewal options",
      "2026-11-24 10:15", location="Pecan Street Hospitality Group, 5300 Burnet Rd, Austin, TX",
      desc="Options: $5,000 property deductible, $2M umbrella, second market's quote.")


# =====================================================================
# Tres Hermanos Taqueria: Jenna. Restaurant + new food truck; yahoo mail,
# English is his second language. Bargaining, then thinking it over.
# =====================================================================
msg("th01", "2026-10-28 12:40", "alex", ["jenna"], subj="insurance for food truck", inb=(True, "th02"), body="""
Hello Miss Jenna,

My name is Alejandro Guzman, I have the taqueria in Aldine Bender road since 2019 and now also one food truck. The city say I need insurance general liability for the truck for the permit, 1 million. Also my landlord ask for it for the restaurant, the old policy I have is finish in december. My friend Hector from the tire shop say you help him with his insurance and you are very nice.

How much is cost? Thank you very much.
""")

msg("th02", "2026-10-28 14:05", "jenna", ["alex"], re="th01", body="""
Hola Alejandro,

Thank you for writing, and please say hello to Hector for me! Yes, I can help with both the restaurant and the food truck.

A few questions:
1. About how much are your yearly sales, restaurant and truck?
2. How many employees?
3. Do you cook with fryers or open flame in the truck?
4. Do you sell beer?

I would also like to see the taqueria and the truck. Could I stop by next Thursday, November 5, around 3 pm?

Jenna
""")

msg("th03", "2026-10-29 20:15", "alex", ["jenna"], re="th02", inb=(False, None), body="""
Yes Thursday is good, 3 pm ok, after lunch rush. Sales is around 480,000 the restaurant and the truck maybe 120,000 this year. 6 employees. Fryers yes in both. No beer.

Alejandro
""")

event("th_visit", "2026-11-05 15:00", 60, "jenna", ["alex"], "Tres Hermanos Taqueria - site visit", "2026-10-30 08:30",
      location="Tres Hermanos Taqueria, 3415 Aldine Bender Rd, Houston, TX 77032",
      desc="See kitchen, hood suppression, food truck. Restaurant lease + city mobile food unit permit need GL $1M.")

msg("th04", "2026-11-10 11:30", "jenna", ["alex"], re="th03", subj="Tres Hermanos - insurance quote", att=["Tres Hermanos Taqueria - Quote.pdf"], body="""
Hola Alejandro,

Thank you for showing me the taqueria and the truck last week, and for the tacos!

Here is the quote (PDF attached):
- General liability $1,000,000 per occurrence / $2,000,000 total, covering the restaurant and the food truck
- Your kitchen equipment and contents up to $40,000
- $1,000 deductible
- Yearly cost: $2,840, or about $260 a month

This covers what the city and your landlord ask for.

Jenna
""")

msg("th05", "2026-11-12 21:47", "alex", ["jenna"], re="th04", inb=(True, "th06"), body="""
Miss Jenna thank you for the quote. Is to much for us right now, my cousin he pay 1,900 with other agent for his truck and his restaurant. Can you do better price? If not is ok I understand.

Alejandro
""")

msg("th06", "2026-11-13 10:20", "jenna", ["alex"], re="th05", body="""
Hola Alejandro,

I understand. Often a lower price means a lower limit or no equipment coverage, so it's worth checking that your cousin's policy says $1,000,000, which the city requires.

Here is another option: same $1,000,000 liability, equipment $25,000 instead of $40,000, and a $2,500 deductible. Yearly cost: $2,310. If you want it, I can have the application ready for you to sign the same day.

Jenna
""")

msg("th07", "2026-11-17 19:02", "alex", ["jenna"], re="th06",
    agreed=[("client", "I call you next week.", "2026-11-27", "broken")],
    inb=(False, None), body="""
ok let me think, I talk with my wife this week. I call you next week.

Alejandro
""")

msg("th08", "2026-11-30 09:45", "jenna", ["alex"], re="th07", body="""
Hola Alejandro,

I hope you had a nice Thanksgiving. I wanted to check on the quote; the $2,310 option is still available. Let me know if you have any questions.

Jenna
""")

call("th_c1", "2026-12-01 11:15", "jenna", "Outbound", "(832) 555-0119", 402, "treshermanostaqueria@yahoo.com",
     note="Alejandro - waiting on city permit inspection date, still deciding")

msg("th09", "2026-12-01 11:40", "jenna", ["alex"], re="th08",
    agreed=[("manager", "I'll call you on Thursday, December 10 to see where the permit is.", "2026-12-10", "open")],
    body="""
Hola Alejandro,

Gracias for your time on the phone today. As we discussed, the $2,310 option is good until December 15. I'll call you on Thursday, December 10 to see where the permit is.

Jenna
""")


# =====================================================================
# Trinity Oaks Charter Academy: Jenna. Formal RFP, proposal submitted,
# board finance committee presentation 12/10.
# =====================================================================
msg("to01", "2026-10-22 09:00", "gloria", ["jenna"], subj="Request for Proposal No. TOCA-2026-07 - Property & Casualty Insurance Brokerage Services",
    att=["TOCA RFP 2026-07 Property and Casualty.pdf", "TOCA Schedule of Values FY27.xlsx", "TOCA Loss Runs 2021-2026.pdf"],
    inb=(True, "to02"), body="""
Dear Ms. Lowry,

Trinity Oaks Charter Academy ("the Academy") invites your firm to submit a proposal in response to Request for Proposal No. TOCA-2026-07, Property & Casualty Insurance Brokerage Services, for the coverage period beginning January 1, 2027.

Key dates:
1. Mandatory site walk: Wednesday, November 4, 2026, 10:00 a.m., main campus.
2. Written questions due: Monday, November 9, 2026, 5:00 p.m.
3. Responses to questions (Addendum No. 1): on or about November 12, 2026.
4. Proposals due: Monday, November 30, 2026, 4:00 p.m. Central Time, by email to the undersigned.
5. Anticipated Board action: December 2026.

Please confirm your intent to propose by return email. All communication regarding this RFP must be directed to the undersigned.

Sincerely,
""")

msg("to02", "2026-10-23 08:30", "jenna", ["gloria"], re="to01", body="""
Dear Ms. Fuentes,

Thank you for the invitation. Brazos Ridge Insurance Partners confirms its intent to propose on RFP No. TOCA-2026-07, and I will attend the site walk on November 4.

Respectfully,
Jenna Lowry
""")

event("to_walk", "2026-11-04 10:00", 90, "gloria", ["jenna"], "RFP TOCA-2026-07 - Mandatory Site Walk", "2026-10-22 09:05",
      location="Trinity Oaks Charter Academy, 9100 Aldine Westfield Rd, Houston - Main Office",
      desc="Mandatory pre-proposal site walk for RFP TOCA-2026-07. Sign in at the front office.")

msg("to03", "2026-11-06 15:10", "jenna", ["gloria"], re="to01", subj="RFP TOCA-2026-07 - Written Questions - Brazos Ridge Insurance Partners", body="""
Dear Ms. Fuentes,

Thank you for hosting the site walk. Please find our questions below:

1. Does the Academy own or lease its two activity buses, and who are the drivers (employees or a contractor)?
2. Is the portable building on the south side of the campus (the "Annex") included in the Schedule of Values?
3. Section 4.2 asks for School Leaders Errors & Omissions with a $2,000,000 limit. Does the Academy want sexual abuse and molestation coverage included in that limit or as a separate limit?
4. Are the 2024 hail claim repairs complete, and can the Academy provide a roofing invoice?
5. Does the Academy expect the broker to be compensated by commission, by fee, or is either acceptable?

Respectfully,
Jenna Lowry
""")

msg("to04", "2026-11-12 16:00", "gloria", ["jenna"], subj="RFP TOCA-2026-07 - Addendum No. 1 (Responses to Questions)", att=["TOCA RFP 2026-07 Addendum No 1.pdf"],
    inb=(False, None), body="""
Dear Proposers,

Addendum No. 1 to RFP No. TOCA-2026-07 is attached. It contains the Academy's responses to all written questions received by the deadline. Proposers shall acknowledge receipt of this Addendum in their proposal.

Sincerely,
""")

msg("to05", "2026-11-30 14:10", "jenna", ["gloria"], subj="Proposal - RFP No. TOCA-2026-07 - Brazos Ridge Insurance Partners",
    att=["Brazos Ridge - Proposal TOCA-2026-07.pdf", "Brazos Ridge - Premium Summary TOCA.xlsx", "Brazos Ridge - W-9 and Certificate of Interested Parties.pdf"],
    body="""
Dear Ms. Fuentes,

On behalf of Brazos Ridge Insurance Partners, I am pleased to submit our proposal in response to RFP No. TOCA-2026-07. We acknowledge receipt of Addendum No. 1.

Our recommended program, effective January 1, 2027, has a total annual premium of $118,450:
1. Property (including the Annex and hail-repaired roofs), $10,000 deductible: $61,200
2. General liability with sexual abuse and molestation coverage at a separate $1,000,000 limit: $22,900
3. School Leaders Errors & Omissions, $2,000,000: $18,600
4. Business auto (two owned activity buses): $6,950
5. Umbrella, $5,000,000: $8,800

Our compensation is disclosed in Section 7 of the proposal.

Respectfully,
Jenna Lowry
""")

msg("to06", "2026-12-01 10:15", "gloria", ["jenna"], re="to05", inb=(True, "to07"), body="""
Dear Ms. Lowry,

Receipt of your proposal is acknowledged. The evaluation committee has shortlisted three firms to present to the Board Finance Committee on Thursday, December 10, 2026, at 5:30 p.m., in the Academy library. Each firm will have 20 minutes, followed by 10 minutes of questions.

Please confirm your attendance and send any presentation materials by Tuesday, December 8, so they can be included in the committee packet.

Sincerely,
""")

msg("to07", "2026-12-01 13:02", "jenna", ["gloria"], re="to06",
    agreed=[("manager", "I will send our presentation slides by Tuesday, December 8, as requested.", "2026-12-08", "open")],
    body="""
Dear Ms. Fuentes,

Thank you. Brazos Ridge Insurance Partners confirms its attendance on Thursday, December 10, at 5:30 p.m. I will send our presentation slides by Tuesday, December 8, as requested.

Respectfully,
Jenna Lowry
""")

event("to_board", "2026-12-10 17:30", 30, "jenna", ["gloria"], "Trinity Oaks Charter Academy - Board Finance Committee presentation (RFP TOCA-2026-07)",
      "2026-12-01 13:05", location="Trinity Oaks Charter Academy - Library, 9100 Aldine Westfield Rd, Houston",
      desc="20-minute presentation + 10 minutes Q&A. Slides due to Gloria Fuentes 12/8.")


# =====================================================================
# Blue Agave Catering: Jenna. A lead from Google; one question back, silence.
# =====================================================================
msg("ba01", "2026-12-03 20:31", "dolores", ["jenna"], subj="catering insurance", inb=(True, "ba02"), body="""
Hi, I found you on google. I do catering for weddings and quinceaneras around north Houston, need liability insurance and also liquor for the events starting January. Venues are asking me for a certificate. Can you help me?

Dolores
""")

msg("ba02", "2026-12-04 08:50", "jenna", ["dolores"], re="ba01", body="""
Hi Dolores,

Thank you for reaching out, and yes, we insure caterers. So I can find the right market:

1. About how many events a year, and your yearly sales?
2. Do you serve the alcohol yourself (with a TABC permit), or do you hire a licensed bartending company?
3. How many employees, and do you use your own vehicle or van to haul food and equipment?

Or if it's easier, call me at (713) 555-0115.

Jenna
""")

call("ba_c1", "2026-12-07 16:10", "jenna", "Outbound", "(281) 555-0193", 0, "blueagave.catering.htx@gmail.com")


# ---- Sunrise Pediatric Therapy: an existing client, one certificate, one thank-you
msg("sr01", "2026-11-17 14:02", "jenna", ["erin"], subj="Certificate of Insurance - Sunrise Pediatric Therapy / Kirby Medical Plaza",
    att=["COI - Sunrise Pediatric Therapy - Kirby Medical Plaza.pdf"], body="""
Hi Erin,

Attached is the certificate your landlord requested for the lease renewal. I sent a copy directly to their property manager as well.

Jenna
""")

msg("sr02", "2026-11-17 14:30", "erin", ["jenna"], re="sr01", inb=(False, None), body="""
Got it, thank you!!
""")


# =====================================================================
# Alamo Precision Machining: Cole. Formal RFQ for workers' comp (WC, bind
# documents out for signature) and property (PROP, bargaining, meeting 12/15).
# =====================================================================
msg("ap01", "2026-10-14 08:05", "karen", ["cole"], subj="Request for Quotation - Workers' Compensation and Commercial Property - Policy Period 01/01/2027-01/01/2028",
    att=["APM RFQ 2027 Insurance.pdf", "APM Payroll by Class 2026.xlsx", "APM Statement of Values 2027.xlsx", "APM Loss Runs 2022-2026.pdf"],
    inb=(True, "ap02"), body="""
Mr. Haskins,

Alamo Precision Machining, Inc. ("APM") requests your quotation for the following coverages for the policy period 01/01/2027 to 01/01/2028.

1. Scope. Workers' compensation and employer's liability (Texas), and commercial property including equipment breakdown and business income.

2. Current program. Workers' compensation is written by Lone Star Casualty, expiring premium $74,100. Property is written by a national carrier through our current broker, expiring premium $47,300.

3. Payroll by class code (estimated 2027):
   a. 3632 Machine Shop NOC: $2,840,000
   b. 8810 Clerical: $410,000
   c. 8742 Outside Sales: $185,000
   Experience modification factor effective 01/01/2027: 0.91.

4. Property. Single location, 7720 Rittiman Rd, San Antonio. 62,000 sq. ft., tilt-wall, sprinklered, built 2004. Building $7,800,000; machinery and equipment $4,200,000; stock $650,000; business income $2,400,000.

5. Deliverables. Written proposal with carrier names, premiums, deductibles and exclusions, by November 20, 2026.

6. Please do not approach any market without confirming first in writing, as our current broker has already approached certain carriers.

Attachments as listed. Please direct all questions to the undersigned.

Regards,
""")

msg("ap02", "2026-10-14 10:30", "cole", ["karen"], re="ap01",
    agreed=[("manager", "I'll confirm in writing by Friday which markets we intend to approach, so there is no conflict with your current broker.", "2026-10-16", "kept")],
    body="""
Ms. Voss,

Thank you for including Brazos Ridge in the RFQ. We'll meet the November 20 deadline. I'll confirm in writing by Friday which markets we intend to approach, so there is no conflict with your current broker.

If APM is open to it, I'd like to tour the plant before we submit; underwriters price a machine shop very differently once someone has seen the housekeeping and the guarding. Would Thursday, October 22 at 9:00 work?

Regards,
Cole Haskins
""")

msg("ap03", "2026-10-16 11:50", "cole", ["karen"], re="ap02", subj="RE: Request for Quotation - APM - Markets for approval", body="""
Ms. Voss,

As promised, the markets we would approach, for APM's approval:

1. Workers' compensation: Lone Star Casualty (incumbent, to be approached through us only with your approval), Gulf Plains Mutual, Texas Builders & Manufacturers Fund.
2. Property: Hartline Specialty, Prairie Fire & Marine, Westbridge Insurance.

Please confirm, or strike any market your current broker has already approached.

Regards,
Cole Haskins
""")

msg("ap04", "2026-10-16 15:22", "karen", ["cole"], re="ap03", inb=(True, "ap05"), body="""
Mr. Haskins,

1. Approved, with the exception of Prairie Fire & Marine, which has been approached by our current broker.
2. The plant tour on Thursday, October 22 at 9:00 is confirmed. Safety glasses and closed-toe shoes are required on the floor. Mr. Hale, our CFO, will join.

Regards,
""")

msg("ap05", "2026-10-16 15:40", "cole", ["karen"], re="ap04", body="""
Thank you, Ms. Voss. Prairie Fire is off the list. See you on the 22nd.

Cole
""")

event("ap_tour", "2026-10-22 09:00", 120, "cole", ["karen", "richard"], "Alamo Precision Machining - plant tour (RFQ WC/property)",
      "2026-10-16 15:41", location="Alamo Precision Machining, 7720 Rittiman Rd, San Antonio, TX 78218",
      desc="Plant tour for RFQ. Safety glasses and closed-toe shoes required. Karen Voss, Richard Hale.")

msg("ap06", "2026-11-18 16:15", "cole", ["karen"], cc=["richard"], subj="APM - Proposal - Workers' Compensation and Commercial Property 01/01/2027",
    att=["APM - WC Proposal 2027 - Brazos Ridge.pdf", "APM - Property Proposal 2027 - Brazos Ridge.pdf"], body="""
Ms. Voss, Mr. Hale,

Our proposal is attached, two days ahead of the deadline.

1. Workers' compensation: Lone Star Casualty, $68,420 estimated annual premium (expiring $74,100), mod 0.91, with a $250,000 employer's liability limit increase to $1,000,000 included.
2. Property: Hartline Specialty, $52,600 (expiring $47,300), $10,000 deductible, 90% coinsurance, equipment breakdown included, business income 12 months.

The property increase reflects Hartline's updated replacement cost valuation of the building ($8.6M against $7.8M reported).

Regards,
Cole Haskins
""")

msg("ap07", "2026-11-23 09:40", "karen", ["cole"], cc=["richard"], re="ap06", inb=(True, "ap08"), body="""
Mr. Haskins,

APM has reviewed the proposal and responds as follows:

1. Workers' compensation. Accepted. Please proceed with Lone Star Casualty effective 01/01/2027. We require the binding documents for signature no later than December 4, 2026.

2. Property. An 11% increase is not acceptable to APM. Please requote:
   a. with an agreed value endorsement waiving coinsurance;
   b. with a $25,000 deductible;
   c. confirming that equipment breakdown includes spoilage for the heat-treat line.

3. APM does not accept the $8.6M building valuation without support. Please provide Hartline's valuation report.

Regards,
""")

msg("ap08", "2026-11-25 08:10", "cole", ["karen"], cc=["richard"], re="ap07",
    agreed=[("manager", "I'll send the workers' compensation binding documents by Friday, December 4.", "2026-12-04", "kept"),
            ("manager", "I'll have the revised property options and Hartline's valuation report to you by Wednesday, December 2.", "2026-12-02", "broken")],
    body="""
Ms. Voss,

Thank you. I'll send the workers' compensation binding documents by Friday, December 4. I'll have the revised property options and Hartline's valuation report to you by Wednesday, December 2.

Regards,
Cole Haskins
""")

msg("ap09", "2026-11-25 08:10", "karen", ["cole"], re="ap08", kind="auto", sig=False, quote=False,
    subj="Automatic reply: RE: Request for Quotation - Workers' Compensation and Commercial Property - Policy Period 01/01/2027-01/01/2028",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}, body="""
I am out of the office November 25 through November 30 for the Thanksgiving holiday, with limited access to email. For urgent purchasing matters please contact purchasing@alamoprecision.com or call (210) 555-0126.

Karen Voss
""")

call("ap_c1", "2026-12-03 15:05", "cole", "Outbound", "(210) 555-0126", 238, "Alamo Precision Machining, Inc.",
     note="Karen - WC docs Friday as promised; property options delayed, Hartline report not in yet")

msg("ap10", "2026-12-04 16:30", "cole", ["karen"], cc=["richard"], re="ap07", subj="APM - Workers' Compensation binding documents - Lone Star Casualty 01/01/2027",
    att=["APM - WC Application Lone Star Casualty.pdf", "APM - Broker Service Agreement 2027.pdf", "APM - WC Signature Pages.pdf"], body="""
Ms. Voss,

As promised, the binding documents for workers' compensation with Lone Star Casualty, effective 01/01/2027, are attached:

1. ACORD 130 application, for signature on page 4;
2. Brazos Ridge broker service agreement, for signature by an officer;
3. Lone Star Casualty signature pages (drug-free workplace and safety program acknowledgements).

Please return the signed documents by December 15 so the policy can be issued before January 1. Premium $68,420, payable annually or quarterly.

Regards,
Cole Haskins
""")

msg("ap11", "2026-12-07 14:20", "cole", ["karen", "richard"], re="ap07", subj="APM - Revised Property Options - Hartline Specialty",
    att=["APM - Property Options Rev 1.pdf", "Hartline Valuation Report - APM.pdf"], body="""
Ms. Voss, Mr. Hale,

The revised property options are attached, together with Hartline's valuation report. I apologize that these are later than I promised; Hartline released the valuation report only on Friday.

a. Agreed value endorsement (coinsurance waived), $10,000 deductible: $54,100
b. $25,000 deductible, 90% coinsurance: $48,900
c. Agreed value and $25,000 deductible: $50,300

Equipment breakdown includes spoilage for the heat-treat line in all three options.

Regards,
Cole Haskins
""")

msg("ap12", "2026-12-08 09:20", "richard", ["cole"], cc=["karen"], re="ap11", inb=(True, "ap13"), body="""
Cole,

Got it, thanks. Option (b) is close to where we need to be, but before we decide I want to understand the valuation. Our appraiser says the machinery is underinsured too, which would move the number the other way. Can we meet next week to go over the values? Tuesday the 15th at 1:30 in my office?

Richard
""")

msg("ap13", "2026-12-08 10:05", "cole", ["richard"], cc=["karen"], re="ap12", body="""
Richard,

Tuesday 12/15 at 1:30 works, I'll be there. I'll bring the Hartline worksheets and we can go through them line by line with your appraiser's numbers.

Cole
""")

event("ap_mtg", "2026-12-15 13:30", 60, "cole", ["richard", "karen"], "APM - property values review (Hartline valuation)",
      "2026-12-08 10:06", location="Alamo Precision Machining, 7720 Rittiman Rd, San Antonio - CFO office",
      desc="Go through Hartline valuation vs. APM appraiser; decide property option a/b/c.")


# =====================================================================
# Hill Country Drywall & Framing: Cole. GL bound for a GC's job (won);
# now workers' comp, because the GC no longer accepts non-subscribers.
# =====================================================================
msg("hc01", "2026-10-13 06:45", "ben", ["cole"], subj="COI for Bexar job", inb=(True, "hc02"), body="""
Cole, Bexar Builders wont let us on the Stone Oak medical office job without a new COI. They want 2M aggregate, AI primary non contributory and waiver of sub. Our GL expires 10/31 anyway so can you quote it? Mandy will send you the stuff.

Ben
""")

msg("hc02", "2026-10-13 08:30", "cole", ["ben"], cc=["mandy"], re="hc01",
    agreed=[("manager", "I'll have a GL quote to you by Friday 10/23.", "2026-10-23", "kept")],
    body="""
Ben,

No problem. Mandy, what I need:
1. Last 12 months payroll and 1099 subcontractor costs
2. Your current GL dec page and any claims in the last 5 years
3. The insurance page (exhibit) from the Bexar subcontract, so I get the endorsements exactly right

I'll have a GL quote to you by Friday 10/23.

Cole
""")

msg("hc03", "2026-10-14 10:12", "mandy", ["cole"], re="hc02", att=["HCD payroll 2025-2026.xlsx", "HCD 1099 list.xlsx", "Bexar Subcontract Exhibit C.pdf", "HCD GL dec 2025.pdf"],
    inb=(False, None), body="""
Hi Cole,

Here's the stuff Ben said. Payroll, 1099 list, the Bexar insurance page and our old dec page. No claims except a small one in 2023 (a broken window, $1,800).

Let me know if you need anything else.

Mandy
""")

msg("bb01", "2026-10-20 11:00", "trevor", ["cole"], cc=["ben"], subj="Stone Oak MOB - Subcontractor Insurance Requirements - Hill Country Drywall", att=["Bexar Builders - Sub Insurance Requirements Rev 2026.pdf"],
    body="""
Mr. Haskins,

Per Section 14 of the subcontract, Hill Country Drywall & Framing must provide a certificate of insurance before mobilization on 11/2/2026 showing:
- CGL $1M/$2M, per-project aggregate (CG 25 03)
- Bexar Builders, Inc. and Stone Oak Medical Partners LLC as additional insureds on a primary and non-contributory basis (CG 20 10 and CG 20 37)
- Waiver of subrogation
- Umbrella $2M

Please send the certificate to subcompliance@bexarbuilders.com and copy me.

Regards,
""")

msg("hc04", "2026-10-22 15:50", "cole", ["ben", "mandy"], re="hc03", subj="Hill Country Drywall - GL quote 10/31", att=["HCD - GL Proposal - Lone Star Casualty.pdf"], body="""
Ben, Mandy,

GL quote attached, a day early. Lone Star Casualty: $23,480 annual premium, $1M/$2M with the per-project aggregate, blanket additional insured on a primary and non-contributory basis including completed operations, blanket waiver of subrogation, $1,000 deductible. That meets everything in the Bexar exhibit. The $2M umbrella is included in the price.

Cole
""")

msg("hc05", "2026-10-26 07:05", "ben", ["cole"], re="hc04", inb=(True, "hc06"), body="""
Can u do anything on price, last year was 19,8
""")

msg("hc06", "2026-10-27 09:10", "cole", ["ben"], cc=["mandy"], re="hc05", body="""
Ben,

The endorsements Bexar wants (per-project aggregate, primary and non-contributory, completed ops) are what moved the price; last year's policy didn't have them. Best I can do is $22,150 with a $2,500 deductible. Lone Star won't go lower without dropping the per-project aggregate, and Bexar won't accept that.

Cole
""")

call("hc_c1", "2026-10-28 08:12", "cole", "Inbound", "830-555-0161", 300, "Hill Country Drywall & Framing, LLC",
     note="Ben OK with $22,150 / $2,500 ded - send docs")

msg("hc07", "2026-10-28 09:00", "cole", ["ben", "mandy"], re="hc06", att=["HCD - GL Application - signature page.pdf", "Invoice BRIP-26-10932 - Hill Country Drywall.pdf"], body="""
Ben, Mandy,

As we discussed this morning, the application signature page and the invoice for $22,150 are attached. Sign and return and pay through the link on the invoice, and we'll bind effective 10/31 and send the certificate to Bexar the same day.

Cole
""")

msg("hc08", "2026-10-29 16:40", "mandy", ["cole"], re="hc07", att=["HCD signed app page.pdf"], inb=(True, "hc09"), body="""
Cole, Ben signed, its attached. I paid the invoice with the card through the link, confirmation # 88213-A. Can you send the COI to Trevor at Bexar?

Mandy
""")

msg("hc09", "2026-10-30 08:15", "cole", ["mandy", "ben"], cc=["trevor"], re="hc08", att=["COI - Hill Country Drywall - Bexar Builders - Stone Oak MOB.pdf", "HCD - Blanket AI PNC and WOS Endorsements.pdf"], body="""
Mandy, Ben,

Payment received, thank you. Your GL is bound with Lone Star Casualty effective 10/31/2026. Trevor, the certificate for the Stone Oak MOB project and the endorsements are attached.

Cole
""")

msg("bb02", "2026-10-30 10:40", "trevor", ["cole"], cc=["ben"], re="hc09", body="""
Received. Certificate approved by compliance, Hill Country is cleared to mobilize 11/2.

Trevor
""")

msg("hc10", "2026-11-19 12:05", "ben", ["cole"], subj="Workers comp", inb=(True, "call:hc_c2"), body="""
Cole Bexar says starting Jan 1 all subs on their jobs need workers comp, no more non-subscriber. How much would comp cost us? We got 18 guys on payroll
""")

call("hc_c2", "2026-11-19 13:30", "cole", "Outbound", "830-555-0161", 965, "Hill Country Drywall & Framing, LLC",
     note="Ben - WC for 1/1: 18 employees, drywall 5445 / carpentry 5403; non-subscriber today; need payroll by class")

msg("hc11", "2026-11-19 14:10", "cole", ["ben", "mandy"], re="hc10", body="""
Ben, Mandy,

Thanks for the time on the phone. To price workers' comp from 1/1 I need the last 12 months of payroll split by what the guys actually do (hanging and finishing drywall vs. framing/carpentry vs. office), plus any 1099 subs who don't carry their own comp. Since you've been a non-subscriber there's no mod, so the rate will be the market's base rate for the first year.

Cole
""")

msg("hc12", "2026-11-30 08:50", "mandy", ["cole"], re="hc11",
    agreed=[("client", "I will send the payroll by class by Friday.", "2026-12-04", "broken")],
    inb=(False, None), body="""
Hi Cole, sorry for the delay, Thanksgiving week. I will send the payroll by class by Friday.

Mandy
""")

call("hc_c3", "2026-12-07 11:25", "cole", "Inbound", "830-555-0144", 110, "Hill Country Drywall & Framing, LLC",
     note="Mandy - payroll going out today, bookkeeper was out")

msg("hc13", "2026-12-07 15:35", "mandy", ["cole"], re="hc12", att=["HCD Payroll by Class 12mo.xlsx"], inb=(True, "hc14"), body="""
Hi Cole, payroll by class attached. Sorry its late, our bookkeeper was out last week. Ben wants to know how soon you can have a number, Bexar is asking.

Mandy
""")

msg("hc14", "2026-12-08 08:30", "cole", ["mandy"], cc=["ben"], re="hc13",
    agreed=[("manager", "I'll have workers' comp quotes to you by Friday, December 18.", "2026-12-18", "open")],
    body="""
Mandy,

Got it, thank you. The markets need about a week with a first-year non-subscriber account. I'll have workers' comp quotes to you by Friday, December 18. That still gives Ben time to show Bexar a certificate before January 1.

Cole
""")


# =====================================================================
# Lone Oak Electrical: Cole. One inbound lead, one answer, one promised call
# that never happened.
# =====================================================================
msg("lo01", "2026-11-30 13:22", "eddie", ["cole"], subj="GL / umbrella for Tomball ISD bid", att=["Lone Oak GL Dec Page 2026.pdf", "TISD Field House - Insurance Requirements.pdf"],
    inb=(True, "lo02"), body="""
Cole,

Got your card at the ABC lunch last month. We're bidding the electrical package on the Tomball ISD field house and the bid requires GL $2M/$4M and a $5M umbrella. Our current program is $1M/$2M with no umbrella. Bid is due 12/16. Can you take a look and tell me what it would take? Current dec page and the district's requirements attached.

Thanks,
Eddie
""")

msg("lo02", "2026-12-01 07:55", "cole", ["eddie"], re="lo01",
    agreed=[("manager", "I'll call you Thursday to go over your operations and the district's requirements.", "2026-12-03", "broken")],
    body="""
Eddie,

Good to hear from you, and thanks for sending the requirements. The $5M umbrella over a $2M/$4M GL is very doable for an electrical contractor your size. I'll call you Thursday to go over your operations and the district's requirements.

Cole
""")

msg("int04", "2026-12-03 17:40", "cole", ["dana"], subj="Week", body="""
Dana,

Heads up, I'm behind this week: Alamo property options are late (Hartline still hasn't released the valuation), and I didn't get to Lone Oak Electric today like I told Eddie I would. I'll get to him as soon as the Alamo options are out the door.

Cole
""", sig=False)

msg("int05", "2026-12-03 18:05", "dana", ["cole"], re="int04", via="iphone", body="""
Thanks for telling me. Eddie's bid is 12/16, don't let him slide.
""")


# =====================================================================
# Sunbelt Cold Storage: Dana. Proposal, three follow-ups, no answer.
# =====================================================================
msg("sc01", "2026-10-12 10:40", "grant", ["dana"], subj="Sunbelt Cold Storage - property renewal 11/1", att=["SCS Statement of Values 2026.xlsx", "SCS Property Dec 2025-26.pdf"],
    inb=(True, "sc02"), body="""
Dana,

As we discussed at the RIMS chapter meeting, attached is our statement of values for the Pasadena and Baytown warehouses and the current dec page. Property renews 11/1. Spoilage and ammonia contamination are what matter most to us; our current policy caps spoilage at $500K and that keeps me up at night.

Grant
""")

msg("sc02", "2026-10-12 13:15", "dana", ["grant"], re="sc01",
    agreed=[("manager", "I'll have a proposal to you by Friday, October 16.", "2026-10-16", "kept")],
    body="""
Grant,

Thank you, great to see you at RIMS. Three weeks is tight but workable; I've already called two markets that write cold storage. I'll have a proposal to you by Friday, October 16.

Dana
""")

msg("sc03", "2026-10-16 16:20", "dana", ["grant"], re="sc02", subj="Sunbelt Cold Storage - Property Proposal 11/1/2026", att=["Sunbelt Cold Storage - Property Proposal 2026-27.pdf"], body="""
Grant,

Proposal attached. Westbridge Insurance: $212,400 annual premium, both warehouses on a blanket limit of $48.6M, spoilage $2,000,000 (including ammonia contamination and power interruption), $25,000 deductible, 72-hour waiting period on spoilage. Expiring is $198,700 with the $500K spoilage cap.

Dana
""")

msg("sc04", "2026-10-23 09:30", "dana", ["grant"], re="sc03", body="""
Grant,

Checking in on the proposal. Happy to get on a call with you or your CFO to walk through the spoilage wording.

Dana
""")

call("sc_c1", "2026-11-06 10:00", "dana", "Outbound", "(713) 555-0187", 0, "Sunbelt Cold Storage, LLC")

msg("sc05", "2026-11-06 10:05", "dana", ["grant"], re="sc04", body="""
Grant,

I tried your office this morning. I'm guessing you renewed with your current carrier on 11/1; if so, no problem at all, I'd just appreciate knowing so I can close the file with Westbridge.

Dana
""")

msg("sc06", "2026-11-20 11:10", "dana", ["grant"], re="sc05", body="""
Grant,

One last note from me on this one. If the timing just didn't work for 11/1, I'd be glad to start earlier next year, say in August.

Dana
""")


# =====================================================================
# Inside the office
# =====================================================================
msg("int06", "2026-10-12 07:45", "dana", ["marcus", "priya", "cole", "jenna"], subj="Q4 targets + renewal list",
    att=["BRIP Q4 2026 New Business Targets.xlsx", "Renewals Nov-Jan by Producer.xlsx"], body="""
Team,

Q4 targets and the November-January renewal list are attached. A few notes:

- New business target for Q4 is $620K in written premium across the team. We closed Q3 at 88% of plan; let's not repeat that.
- Every renewal on the list needs a written proposal in the client's hands 30 days before expiration. No exceptions this quarter.
- Pipeline meeting moves to Mondays at 8:30 starting 11/16.

Dana
""")

msg("int07", "2026-10-12 08:10", "jenna", ["dana"], re="int06", body="""
Got it. Pecan Street (12/31) and Trinity Oaks (RFP, 1/1) are my two big ones. I'll have the Pecan Street kickoff out next week.
""")

msg("int08", "2026-11-25 11:30", "dana", ["marcus", "priya", "cole", "jenna", "tasha"], subj="Office closes at noon today - Happy Thanksgiving", body="""
All,

The office closes at noon today and stays closed tomorrow and Friday. Phones roll to the after-hours claims line. Please set your out-of-office replies.

Thank you all for a strong fall. Enjoy the time with your families.

Dana
""")

msg("int09", "2026-12-07 17:05", "priya", ["dana"], subj="Pipeline notes for tomorrow", body="""
Dana,

For your notes:
- Nimbus Ledger: board approved the Atlas budget, call with Kevin and Sarah on Thursday 12/10, bind expected before the Halvorsen contract mid-December. $24,150.
- Lakeside Dental Katy office: proposal out ($5,880), walkthrough 12/14.
- Mesquite Creek Vet: waiting on their building info (due 12/9).

Priya
""", sig=False)

msg("int10", "2026-12-08 08:05", "jenna", ["dana"], subj="Trinity Oaks slides", att=["TOCA Board Presentation DRAFT v3.pdf"], body="""
Dana,

Draft slides for the Trinity Oaks board presentation attached. Gloria needs them today. Could you look at slide 6 (our service team) before I send them this evening?

Jenna
""", sig=False)

event("int_pipe1", "2026-11-16 08:30", 60, "dana", ["marcus", "priya", "cole", "jenna"], "Weekly pipeline meeting", "2026-10-12 07:46",
      location="Conference Room B")
event("int_pipe2", "2026-11-30 08:30", 60, "dana", ["marcus", "priya", "cole", "jenna"], "Weekly pipeline meeting", "2026-10-12 07:46",
      location="Conference Room B")
event("int_pipe3", "2026-12-07 08:30", 60, "dana", ["marcus", "priya", "cole", "jenna"], "Weekly pipeline meeting", "2026-10-12 07:46",
      location="Conference Room B")
event("int_pipe4", "2026-12-14 08:30", 60, "dana", ["marcus", "priya", "cole", "jenna"], "Weekly pipeline meeting", "2026-10-12 07:46",
      location="Conference Room B")
event("ct_visit", "2026-11-12 11:30", 60, "brent", ["marcus"], "Cross Timbers - transportation appetite update", "2026-11-02 10:00",
      location="Brazos Ridge office, 2500 CityWest Blvd, Suite 1150",
      desc="Brent Ocampo: 2027 transportation appetite, hotshot program changes, new trailer interchange form.")


# =====================================================================
# Newsletters and cold senders
# =====================================================================
msg("nw01", "2026-10-20 06:00", "wire", ["marcus"], subj="Gulf States Insurance Wire: Texas trucking rates, nuclear verdicts and the 2027 renewal season",
    fmt="htmlonly", sig=False, body="""
GULF STATES INSURANCE WIRE | Tuesday, October 20, 2026

Trucking: commercial auto rates up another 8-12% heading into 2027
Carriers cite nuclear verdicts and rising repair costs. Small fleets with clean CSA scores are seeing the smallest increases.

Workers' comp: Texas rates fall for the fourth straight year
The Texas Department of Insurance reports continued declines in loss costs for most class codes.

Cyber: ransomware claims frequency down, severity up
Healthcare and professional services remain the most targeted sectors.

You are receiving this because you subscribed at gulfstatesinsurancewire.com. Unsubscribe | Manage preferences
""")

msg("nw02", "2026-11-17 06:00", "wire", ["marcus", "jenna"], subj="Gulf States Insurance Wire: liquor liability, hail season recap, premium finance rates",
    fmt="htmlonly", sig=False, body="""
GULF STATES INSURANCE WIRE | Tuesday, November 17, 2026

Liquor liability: Texas restaurants face 20-30% increases
Dram shop claims and a shrinking carrier pool push rates higher for bars and restaurants with more than 30% alcohol sales.

Hail season recap: 2026 the third-costliest year on record in North Texas

Premium finance: rates tick down after the Fed's September cut

You are receiving this because you subscribed at gulfstatesinsurancewire.com. Unsubscribe | Manage preferences
""")

msg("nw03", "2026-12-01 06:00", "wire", ["marcus", "cole"], subj="Gulf States Insurance Wire: contractors and non-subscription, what GCs now require",
    fmt="htmlonly", sig=False, body="""
GULF STATES INSURANCE WIRE | Tuesday, December 1, 2026

More Texas general contractors now require subcontractors to carry workers' compensation
Non-subscription remains legal in Texas, but large GCs are closing the door on non-subscriber subs from January 1.

Per-project aggregates become standard in subcontract insurance exhibits

You are receiving this because you subscribed at gulfstatesinsurancewire.com. Unsubscribe | Manage preferences
""")

msg("nw04", "2026-11-03 09:00", "iart", ["dana", "priya"], subj="IART Texas Update: CE deadlines, legislative preview, Houston chapter holiday mixer",
    fmt="htmlonly", sig=False, body="""
IART TEXAS MEMBER UPDATE | November 2026

- Continuing education: licenses expiring in Q1 2027 need 24 hours including 3 hours of ethics.
- Legislative preview: bills on TPA licensing and cyber disclosure expected in the 2027 session.
- Houston chapter holiday mixer: Thursday, December 10, 5:00 p.m.

Independent Agents Roundtable of Texas | Update your communication preferences
""")

msg("nw05", "2026-12-02 09:00", "iart", ["dana", "jenna"], subj="IART Texas: last call for the holiday mixer + 2027 E&O program renewal",
    fmt="htmlonly", sig=False, body="""
IART TEXAS MEMBER UPDATE | December 2026

- Last call: Houston chapter holiday mixer, December 10. RSVP by December 7.
- Agency E&O program: renewal applications for 2027 are due January 15.

Independent Agents Roundtable of Texas | Update your communication preferences
""")

msg("cold01", "2026-10-22 10:14", "josh", ["marcus"], subj="Exclusive trucking leads in Texas - 40 new DOT numbers/week", body="""
Hi Marcus,

I noticed Brazos Ridge writes a lot of transportation. LeadRanger delivers 40+ newly registered Texas DOT numbers a week with owner cell phones, filtered by fleet size. Agencies like yours close 6-9% of them.

Worth a 15-minute call this week?

Josh
""")

msg("cold02", "2026-11-05 10:02", "josh", ["marcus"], re="cold01", body="""
Hi Marcus, bumping this to the top of your inbox. We're offering a free trial week of leads to the first three agencies in Houston. Interested?

Josh
""")

msg("cold03", "2026-11-19 13:30", "seo", ["jenna"], subj="Jenna, your agency is invisible on Google Maps",
    fmt="htmlonly", sig=False, body="""
Hi Jenna,

We ran a free audit of brazosridgeins.com and found 14 issues keeping you off the first page for "commercial insurance Houston". Our clients see 3x more quote requests within 90 days.

Claim your free report: rankrocket.co/audit

RankRocket | Reply STOP to opt out
""")

msg("cold04", "2026-12-02 08:40", "josh", ["dana"], subj="Leads for Brazos Ridge producers", body="""
Hi Dana,

I reached out to Marcus a few weeks ago but didn't hear back. As head of sales, you might be the right person: LeadRanger delivers newly registered Texas DOT numbers with owner cell phones every week. Open to a quick call?

Josh
""")

# ---- more rows of the phone log
call("unk_c1", "2026-11-12 13:05", "marcus", "Inbound", "(713) 555-0158", 125, None,
     note="Wrong number - looking for Redline claims")
call("ct_c1", "2026-11-20 09:35", "marcus", "Outbound", "(214) 555-0145", 420, None,
     note="Brent @ Cross Timbers - trailers at stated value?")
call("ld_c1", "2026-11-18 10:40", "priya", "Outbound", "(281) 555-0122", 185, "Lakeside Family Dental Group, PLLC",
     note="Front desk - Monica at lunch, left message re ACH")
call("ps_c2", "2026-12-04 11:02", "jenna", "Inbound", "(512) 555-0139", 210, "Pecan Street Hospitality Group",
     note="Devon confirming Wed 12/9 2pm")
call("lo_c1", "2026-12-07 14:50", "cole", "Inbound", "(281) 555-0109", 0, "Lone Oak Electrical Contractors")

# what the PBX shows as the caller's name (CNAM) on inbound calls
CNAM = {"(409) 555-0173": "DUPREE RAY", "(432) 555-0157": "PERMIAN BASIN W", "830-555-0161": "WIRELESS CALLER",
        "830-555-0144": "HILL COUNTRY DRY", "(512) 555-0184": "LIND SARAH", "(512) 555-0139": "PECAN STREET HOS",
        "(713) 555-0158": "HOUSTON TX", "(281) 555-0109": "LONE OAK ELECTRI"}
for _c in CALLS:
    if _c["dir"] == "Inbound":
        _c["caller_id"] = CNAM.get(_c["number"], "")
CALLS.sort(key=lambda c: c["time"])


# =====================================================================
# Ground truth: what the head of sales sees at AS_OF (Tue 12/8/2026 5:45 pm)
# =====================================================================
NEGOTIATIONS = [
    dict(client="Red River Freight Lines, Inc.", mgr="marcus", product="AUTO", stage="negotiation", evidence="rr16",
         next="2026-12-09", next_src="manager_promise", amount=136750, close="2026-12-15"),
    dict(client="Red River Freight Lines, Inc.", mgr="marcus", product="WC", stage="proposal", evidence="rr14",
         next="2026-12-04", next_src="manager_promise", amount=41380, close="2027-01-01"),
    dict(client="Gulf Coast Hotshot LLC", mgr="marcus", product="AUTO", stage="won", evidence="gc08",
         next=None, next_src=None, amount=17385, close="2026-11-15"),
    dict(client="Cedar Bayou Transport", mgr="marcus", product="AUTO", stage="lost", evidence="cb05",
         next=None, next_src=None, amount=94300, close="2026-12-01"),
    dict(client="Permian Basin Water Hauling LLC", mgr="marcus", product="AUTO", stage="qualified", evidence="event:pb_mtg",
         next="2026-12-10", next_src="manager_promise", amount=None, close="2027-01-01"),
    dict(client="Lakeside Family Dental Group, PLLC", mgr="priya", product="CYBER", stage="won", evidence="ld10",
         next=None, next_src=None, amount=9150, close="2026-11-15"),
    dict(client="Lakeside Family Dental Group, PLLC", mgr="priya", product="PROP", stage="proposal", evidence="ld17",
         next="2026-12-14", next_src="meeting", amount=5880, close="2027-01-15"),
    dict(client="Nimbus Ledger, Inc.", mgr="priya", product="CYBER", stage="negotiation", evidence="nl08",
         next="2026-12-10", next_src="meeting", amount=24150, close="2026-12-15"),
    dict(client="Mesquite Creek Veterinary Hospital", mgr="priya", product="PROP", stage="qualified", evidence="event:mc_call",
         next="2026-12-10", next_src="manager_promise", amount=None, close="2027-02-01"),
    dict(client="Parcel Pilot, Inc.", mgr="priya", product="CYBER", stage="lost", evidence="pp06",
         next=None, next_src=None, amount=11880, close=None),
    dict(client="Pecan Street Hospitality Group", mgr="jenna", product="PROP", stage="negotiation", evidence="ps13",
         next="2026-12-09", next_src="meeting", amount=71640, close="2026-12-31"),
    dict(client="treshermanostaqueria@yahoo.com", mgr="jenna", product="GL", stage="negotiation", evidence="th05",
         next="2026-12-10", next_src="manager_promise", amount=2310, close=None),
    dict(client="Trinity Oaks Charter Academy", mgr="jenna", product="PROP", stage="proposal", evidence="to05",
         next="2026-12-08", next_src="manager_promise", amount=118450, close="2027-01-01"),
    dict(client="blueagave.catering.htx@gmail.com", mgr="jenna", product="GL", stage="lead", evidence="ba02",
         next=None, next_src=None, amount=None, close=None),
    dict(client="Alamo Precision Machining, Inc.", mgr="cole", product="WC", stage="contract", evidence="ap10",
         next="2026-12-15", next_src="meeting", amount=68420, close="2027-01-01"),
    dict(client="Alamo Precision Machining, Inc.", mgr="cole", product="PROP", stage="negotiation", evidence="ap12",
         next="2026-12-15", next_src="meeting", amount=48900, close="2027-01-01"),
    dict(client="Hill Country Drywall & Framing, LLC", mgr="cole", product="GL", stage="won", evidence="hc08",
         next=None, next_src=None, amount=22150, close="2026-10-31"),
    dict(client="Hill Country Drywall & Framing, LLC", mgr="cole", product="WC", stage="qualified", evidence="call:hc_c2",
         next="2026-12-18", next_src="manager_promise", amount=None, close="2027-01-01"),
    dict(client="Lone Oak Electrical Contractors", mgr="cole", product="GL", stage="lead", evidence="lo01",
         next="2026-12-03", next_src="manager_promise", amount=None, close=None),
    dict(client="Sunbelt Cold Storage, LLC", mgr="dana", product="PROP", stage="lost", evidence="sc06",
         next=None, next_src=None, amount=212400, close="2026-11-01"),
]

NOT_NEGOTIATIONS = [
    {"address": "news@gulfstatesinsurancewire.com", "why": "newsletter"},
    {"address": "updates@iart-texas.org", "why": "newsletter (trade association)"},
    {"address": "josh@leadranger.io", "why": "unknown sender, no answer (lead vendor, three cold letters)"},
    {"address": "hello@rankrocket.co", "why": "unknown sender, no answer (SEO spam)"},
    {"address": "submissions@crosstimbersuw.com", "why": "auto-reply (a market's submission acknowledgement)"},
    {"address": "ewalsh@sunrisepediatrictherapy.com", "why": "thanks only (existing client, certificate)"},
    {"address": "tasha.greer@brazosridgeins.com", "why": "internal (account manager)"},
    {"address": "bocampo@crosstimbersuw.com", "why": "supplier (MGA / wholesaler that quotes for us)"},
    {"address": "hsimms@lonestarcasualty.com", "why": "supplier (carrier underwriter)"},
    {"address": "mchen@atlascyberuw.com", "why": "supplier (cyber MGA)"},
    {"address": "servicing@pinnaclepf.com", "why": "supplier (premium finance company, automated notice)"},
    {"address": "sbarlow@redlinemutual.com", "why": "supplier (carrier's claims adjuster)"},
    {"address": "gharwood@harwoodpike.com", "why": "intermediary (CPA firm that refers clients; its letters count toward Nimbus Ledger and Mesquite Creek)"},
    {"address": "cjensen@midtownretailprop.com", "why": "counterparty of a client (Pecan Street's landlord)"},
    {"address": "tnguyen@bexarbuilders.com", "why": "counterparty of a client (Hill Country Drywall's general contractor)"},
    {"address": "vendorrisk@halvorsenhealth.org", "why": "counterparty of a client (Nimbus Ledger's customer)"},
]

_M = {k: PEOPLE[k]["addr"] for k in ("dana", "marcus", "priya", "cole", "jenna")}
SALES = [
    ["BRIP-26-0931", "2026-10-01", _M["marcus"], "AUTO", "Westpark Auto Glass", "8420.00", "USD"],
    ["BRIP-26-0958", "2026-10-15", _M["priya"], "CYBER", "Bayou City Pediatrics", "5200.00", "USD"],
    ["BRIP-26-1007", "2026-10-20", _M["dana"], "PROP", "Gessner Road Tool & Die", "36400.00", "USD"],
    ["BRIP-26-1093", "2026-10-31", _M["cole"], "GL", "Hill Country Drywall & Framing, LLC", "22150.00", "USD"],
    ["BRIP-26-1102", "2026-11-01", _M["cole"], "WC", "Gessner Road Tool & Die", "31760.00", "USD"],
    ["BRIP-26-1104", "2026-11-01", _M["jenna"], "PROP", "Sunrise Pediatric Therapy", "4980.00", "USD"],
    ["BRIP-26-1161", "2026-11-15", _M["marcus"], "AUTO", "Gulf Coast Hotshot LLC", "17385.00", "USD"],
    ["BRIP-26-1188", "2026-11-20", _M["priya"], "CYBER", "Lakeside Family Dental Group, PLLC", "9150.00", "USD"],
    ["BRIP-26-1215", "2026-12-01", _M["marcus"], "GL", "Westpark Auto Glass", "3150.00", "USD"],
]

PLANS = []
for _mon, _amt in (("2026-10", 1.0), ("2026-11", 1.0), ("2026-12", 1.2)):
    for _k, _base in (("marcus", 90000), ("priya", 45000), ("cole", 70000), ("jenna", 50000), ("dana", 25000)):
        PLANS.append([_mon, "manager", "", _M[_k], "", "amount", f"{_base * _amt:.2f}", "USD"])
PLANS.append(["2026-Q4", "company", "", "", "", "amount", "620000.00", "USD"])


# ---- two client letters still waiting at AS_OF
msg("rr20", "2026-12-07 16:05", "linda", ["marcus"], re="rr17", inb=(True, None), body="""
Marcus,

Tasha asked me for a signed IFTA page for the bind request. Do you mean our Q3 IFTA return or the mileage summary by state? I have both.

Also, will the two drivers we hired in November be on the new policy automatically, or does Tom need to sign something for them?

Linda
""")

msg("lo03", "2026-12-07 15:02", "eddie", ["cole"], re="lo02", inb=(True, None), body="""
Cole,

Tried calling you this afternoon. Bid is due 12/16 and the district wants the insurance letter with the bid. Are you still able to help with the umbrella?

Eddie
""")
