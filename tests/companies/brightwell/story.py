"""Brightwell Facility Services: eight weeks of a sales team's mail, calendars and calls.

Everything here is invented. Every message, meeting and call is written by hand, with the
labels a careful head of sales would give it next to it. build.py turns this into Maildirs,
.ics files, calls.csv and truth.json.

Dates are written in the *writer's* local time (the person's tz).
"""

AS_OF = "2026-12-08T17:40:00+00:00"
TIMEZONE = "Europe/London"

BW_DISC = (
    "Brightwell Facility Services Ltd. Registered in England and Wales No. 07412296. "
    "Registered office: Brightwell House, 22 Pomona Strand, Manchester M16 0BA.\n"
    "This email and any attachments are confidential and intended solely for the addressee. "
    "If you have received it in error, please notify the sender and delete it."
)
BWIE_DISC = (
    "Brightwell Facility Services (Ireland) DAC. Registered in Ireland No. 684201. "
    "Registered office: Unit 7, Block B, Parkwest Business Park, Dublin 12, D12 X2F6.\n"
    "This email and any attachments are confidential and intended solely for the addressee."
)
NHS_DISC = (
    "********************************************************************************\n"
    "This message may contain confidential information. If you are not the intended "
    "recipient please inform the sender that you have received the message in error "
    "before deleting it. Please do not disclose, copy or distribute information in this "
    "e-mail or take any action in relation to its contents. To do so is strictly "
    "prohibited and may be unlawful.\n\n"
    "NHSmail is the secure email and directory service available for all NHS staff in "
    "England and Scotland.\n"
    "********************************************************************************"
)
INF_DISC = (
    "DISCLAIMER: The information contained in this electronic message and any attachments "
    "to this message are intended for the exclusive use of the addressee(s) and may contain "
    "proprietary, confidential or privileged information. If you are not the intended "
    "recipient, you should not disseminate, distribute or copy this e-mail. Please notify "
    "the sender immediately and destroy all copies of this message and any attachments. "
    "WARNING: Computer viruses can be transmitted via email. The recipient should check "
    "this email and any attachments for the presence of viruses. Infosphere Technologies "
    "accepts no liability for any damage caused by any virus transmitted by this email. "
    "www.infospheretech.com"
)
HALDEN_DISC = (
    "Halden DataCore Ltd | Al Maryah Island, Abu Dhabi, United Arab Emirates\n"
    "Classification: EXTERNAL\n"
    "Please consider the environment before printing this e-mail."
)

# mua: outlook_uk | outlook_us | outlook_de | outlook_nl | outlook_mac | outlook_ios |
#      gmail | iphone | form | bulk
# fmt: alt (plain + html) | plain | html
# ids: the Message-ID style of the sender's system
PEOPLE = {
    # ---- us ----
    "fiona": dict(name="Fiona Gallagher", email="fiona.gallagher@brightwellfs.co.uk",
                  tz="Europe/London", mua="outlook_uk", fmt="alt", ids="m365uk", org="us",
                  sig="Fiona Gallagher\nHead of Sales | Brightwell Facility Services Ltd\n"
                      "M: 07700 900412 | T: 0161 496 0200\n"
                      "Brightwell House, 22 Pomona Strand, Manchester M16 0BA\nwww.brightwellfs.co.uk",
                  disc=BW_DISC),
    "daniel": dict(name="Daniel Okafor", email="daniel.okafor@brightwellfs.co.uk",
                   tz="Europe/London", mua="outlook_uk", fmt="alt", ids="m365uk", org="us",
                   sig="Daniel Okafor\nKey Account Manager – Healthcare & Education\n"
                       "Brightwell Facility Services Ltd\nM: 07700 900527 | T: 0161 496 0214\n"
                       "www.brightwellfs.co.uk",
                   disc=BW_DISC),
    "priya": dict(name="Priya Raman", email="priya.raman@brightwellfs.co.uk",
                  tz="Europe/London", mua="outlook_uk", fmt="alt", ids="m365uk", org="us",
                  sig="Priya Raman\nBusiness Development Manager – Corporate & Critical Environments\n"
                      "Brightwell Facility Services Ltd\nM: 07700 900683 | T: 0161 496 0221",
                  disc=BW_DISC),
    "tom": dict(name="Tom Hennessy", email="tom.hennessy@brightwellfs.ie",
                tz="Europe/Dublin", mua="outlook_uk", fmt="alt", ids="m365uk", org="us",
                sig="Tom Hennessy\nAccount Manager – Ireland\nBrightwell Facility Services (Ireland) DAC\n"
                    "M: +353 87 219 4410 | T: +353 1 612 0305\n"
                    "Unit 7, Block B, Parkwest Business Park, Dublin 12",
                disc=BWIE_DISC),
    "sophie": dict(name="Sophie Marsh", email="sophie.marsh@brightwellfs.co.uk",
                   tz="Europe/London", mua="outlook_uk", fmt="alt", ids="m365uk", org="us",
                   sig="Sophie Marsh\nBusiness Development Executive\nBrightwell Facility Services Ltd\n"
                       "M: 07700 900745 | T: 0161 496 0232\nwww.brightwellfs.co.uk",
                   disc=BW_DISC),
    # internal colleagues who are not sales managers
    "gary": dict(name="Gary Whitlock", email="gary.whitlock@brightwellfs.co.uk",
                 tz="Europe/London", mua="outlook_uk", fmt="alt", ids="m365uk", org="us",
                 sig="Gary Whitlock\nOperations Director\nBrightwell Facility Services Ltd\nM: 07700 900230",
                 disc=BW_DISC),
    "leanne": dict(name="Leanne Probert", email="leanne.probert@brightwellfs.co.uk",
                   tz="Europe/London", mua="outlook_uk", fmt="alt", ids="m365uk", org="us",
                   sig="Leanne Probert\nMobilisation Manager\nBrightwell Facility Services Ltd\nM: 07700 900249",
                   disc=BW_DISC),
    "bids": dict(name="Brightwell Bid Team", email="bids@brightwellfs.co.uk", tz="Europe/London",
                 mua="outlook_uk", fmt="alt", ids="m365uk", org="us", sig="", disc=""),
    "sales": dict(name="Brightwell Sales", email="sales@brightwellfs.co.uk", tz="Europe/London",
                  mua="outlook_uk", fmt="alt", ids="m365uk", org="us", sig="", disc=""),
    "website": dict(name="Brightwell Website", email="noreply@brightwellfs.co.uk", tz="Europe/London",
                    mua="form", fmt="plain", ids="form", org="us", sig="", disc=""),

    # ---- Northmoor University (procurement, formal) ----
    "rachel": dict(name="Rachel Boateng", email="r.boateng@northmoor.ac.uk", tz="Europe/London",
                   mua="outlook_uk", fmt="alt", ids="m365uk", org="northmoor",
                   sig="Rachel Boateng MCIPS\nCategory Manager – Estates & Facilities\n"
                       "Procurement Services | Northmoor University\nT: 0113 496 0571\nwww.northmoor.ac.uk",
                   disc="Northmoor University is an exempt charity. This email and any attachments are "
                        "confidential. If you are not the intended recipient, please delete it and notify the sender."),
    "portal": dict(name="Northmoor University eTendering", email="noreply@nu-etendering.co.uk",
                   tz="Europe/London", mua="bulk", fmt="html", ids="bulk", org="portal", sig="", disc=""),
    # counterparty of the client: the incumbent contractor
    "janine": dict(name="Janine Moss", email="janine.moss@spotlessshine.co.uk", tz="Europe/London",
                   mua="outlook_uk", fmt="alt", ids="exch", org="spotless",
                   sig="Janine Moss\nHR Business Partner\nSpotless Shine Services Ltd\nT: 0114 496 0288",
                   disc=""),

    # ---- Midlands Community Health NHS Trust (nhs.net addresses) ----
    "jaspreet": dict(name="SANDHU, Jaspreet (MIDLANDS COMMUNITY HEALTH NHS TRUST)",
                     email="jaspreet.sandhu@nhs.net", tz="Europe/London", mua="outlook_uk", fmt="alt",
                     ids="nhsmail", org="mcht",
                     sig="Jaspreet Sandhu\nSenior Procurement Officer\nMidlands Community Health NHS Trust\n"
                         "Procurement Department, Loughborough Road, Leicester LE4 5PX\nTel: 0116 496 0390",
                     disc=NHS_DISC),
    "karen": dict(name="WHITFIELD, Karen (MIDLANDS COMMUNITY HEALTH NHS TRUST)",
                  email="karen.whitfield3@nhs.net", tz="Europe/London", mua="outlook_uk", fmt="alt",
                  ids="nhsmail", org="mcht",
                  sig="Karen Whitfield\nHead of Facilities & Estates\nMidlands Community Health NHS Trust\n"
                      "Tel: 0116 496 0842",
                  disc=NHS_DISC),
    # our supplier (washroom hygiene subcontractor)
    "ryan": dict(name="Ryan Cole", email="ryan.cole@sanisafe-hygiene.co.uk", tz="Europe/London",
                 mua="outlook_uk", fmt="alt", ids="exch", org="sanisafe",
                 sig="Ryan Cole\nCommercial Manager | Sanisafe Hygiene Ltd\nT: 0121 496 0412", disc=""),

    # ---- Halden DataCore (Abu Dhabi procurement + Slough site) ----
    "mohammed": dict(name="Mohammed Al Hashimi", email="m.alhashimi@haldendc.ae", tz="Asia/Dubai",
                     mua="outlook_us", fmt="html", ids="m365me", org="halden",
                     sig="Best Regards,\n\nMohammed Al Hashimi\nProcurement Manager – Facilities\n"
                         "Halden DataCore Ltd\nT: +971 2 614 7730 | M: +971 50 318 2264",
                     disc=HALDEN_DISC),
    "craig": dict(name="Craig Donnelly", email="craig.donnelly@haldendc.co.uk", tz="Europe/London",
                  mua="outlook_uk", fmt="alt", ids="m365me", org="halden",
                  sig="Craig Donnelly\nFacilities Manager – SLG1\nHalden DataCore Ltd, Slough\nM: 07700 900861",
                  disc=HALDEN_DISC),

    # ---- Infosphere Technologies (Bengaluru procurement + UK admin) ----
    "venkatesh": dict(name="Venkatesh Iyer", email="venkatesh.iyer@infospheretech.com", tz="Asia/Kolkata",
                      mua="outlook_us", fmt="alt", ids="m365in", org="infosphere",
                      sig="Thanks & Regards,\nVenkatesh Iyer\nLead – Global Procurement (Facilities & Admin)\n"
                          "Infosphere Technologies Ltd.\nElectronic City Phase 1, Bengaluru 560100, India\n"
                          "Tel: +91 80 4718 2290 Ext. 4412 | Mob: +91 98450 12763",
                      disc=INF_DISC),
    "anita": dict(name="Anita Deshpande", email="anita.deshpande@infospheretech.com", tz="Europe/London",
                  mua="outlook_us", fmt="alt", ids="m365in", org="infosphere",
                  sig="Anita Deshpande\nAdmin & Facilities Manager – UK & Ireland\nInfosphere Technologies Ltd.\n"
                      "Thames Valley Park, Reading RG6 1PT | T: 0118 496 0733",
                  disc=INF_DISC),

    # ---- Al Noor Home Retail (Dubai HQ, UK regional manager on outlook.com) ----
    "imran": dict(name="Imran Qureshi", email="imran.qureshi.alnoor@outlook.com", tz="Europe/London",
                  mua="outlook_ios", fmt="alt", ids="outlookcom", org="alnoor", sig="Imran", disc=""),
    "fatima": dict(name="Fatima Al Suwaidi", email="fatima.alsuwaidi@alnoorhome.ae", tz="Asia/Dubai",
                   mua="outlook_us", fmt="alt", ids="m365me", org="alnoor",
                   sig="Regards,\nFatima Al Suwaidi\nGroup Procurement Executive\nAl Noor Home Retail LLC\n"
                       "Al Quoz Industrial 3, Dubai, UAE | T: +971 4 331 8870",
                   disc=""),

    # ---- Harbour & Quay Solicitors (Dublin; a partner on gmail) ----
    "niamh": dict(name="Niamh Brennan", email="niamh.brennan@harbourquay.ie", tz="Europe/Dublin",
                  mua="outlook_uk", fmt="alt", ids="m365uk", org="harbour",
                  sig="Niamh Brennan\nOffice Manager\nHarbour & Quay Solicitors LLP\n31 Fitzwilliam Square, Dublin 2\n"
                      "T: +353 1 676 2214",
                  disc="Harbour & Quay Solicitors LLP is regulated by the Law Society of Ireland. This email "
                       "may be privileged. Beware of payment fraud: we will never change our bank details by email."),
    "conor": dict(name="Conor Doyle", email="conordoyle.hq@gmail.com", tz="Europe/Dublin",
                  mua="iphone", fmt="plain", ids="apple", org="harbour", sig="", disc=""),

    # ---- Wattle & Finch Advisory (Sydney + London) ----
    "bec": dict(name="Bec Tran", email="rebecca.tran@wattlefinch.com.au", tz="Australia/Sydney",
                mua="outlook_mac", fmt="alt", ids="m365au", org="wattle",
                sig="Bec Tran\nHead of Operations | Wattle & Finch Advisory\nLevel 14, 1 Bligh Street, Sydney NSW 2000\n"
                    "+61 2 8072 4415", disc=""),
    "liam": dict(name="Liam O'Shea", email="liam.oshea@wattlefinch.com.au", tz="Europe/London",
                 mua="outlook_mac", fmt="alt", ids="m365au", org="wattle",
                 sig="Liam O'Shea\nOffice Manager, London | Wattle & Finch Advisory\n88 Great Eastern Street, London EC2A 3JL\n"
                     "M: 07700 900904", disc=""),

    # ---- Verbrugge Logistics (Rotterdam) ----
    "joost": dict(name="Joost van Dijk", email="joost.vandijk@verbrugge-logistics.nl", tz="Europe/Amsterdam",
                  mua="outlook_nl", fmt="alt", ids="m365nl", org="verbrugge",
                  sig="Met vriendelijke groet / Kind regards,\n\nJoost van Dijk\nFacility Coordinator Europe\n"
                      "Verbrugge Logistics B.V. | Waalhaven Zuidzijde 21, 3089 JH Rotterdam\n"
                      "T +31 10 288 4410 | M +31 6 4128 7703",
                  disc="Op al onze diensten zijn de Nederlandse Expeditievoorwaarden van toepassing."),

    # ---- Calder Valley Medical Practice ----
    "sandra": dict(name="Sandra Pickles", email="sandra.pickles@caldervalleymedical.co.uk", tz="Europe/London",
                   mua="outlook_uk", fmt="alt", ids="exch", org="calder",
                   sig="Sandra Pickles\nPractice Manager\nCalder Valley Medical Practice\nTel: 01422 365210",
                   disc=""),

    # ---- Brannigan's Pharmacy Group (Ireland) ----
    "orla": dict(name="Orla Keane", email="orla.keane@branniganspharmacy.ie", tz="Europe/Dublin",
                 mua="outlook_uk", fmt="alt", ids="m365uk", org="brannigans",
                 sig="Orla Keane\nHead of Operations\nBrannigan's Pharmacy Group\nSupport Office, Unit 3, Kingswood Business Park, Dublin 22\n"
                     "T: +353 1 490 3318", disc=""),
    "declan": dict(name="Declan Brannigan", email="declan@branniganspharmacy.ie", tz="Europe/Dublin",
                   mua="iphone", fmt="plain", ids="apple", org="brannigans", sig="Declan", disc=""),

    # ---- Oakridge Park (via Meridian FM Advisory, an introducer) ----
    "stuart": dict(name="Stuart Lennox", email="stuart.lennox@meridianfm.co.uk", tz="Europe/London",
                   mua="outlook_uk", fmt="alt", ids="exch", org="meridian",
                   sig="Stuart Lennox\nDirector | Meridian FM Advisory Ltd\nM: 07700 900176\nwww.meridianfm.co.uk",
                   disc=""),
    "helen": dict(name="Helen Ashworth", email="helen.ashworth@oakridgepark.co.uk", tz="Europe/London",
                  mua="outlook_uk", fmt="alt", ids="m365uk", org="oakridge",
                  sig="Helen Ashworth\nEstate Manager | Oakridge Park Management Ltd\nThe Hub, Oakridge Park, Warrington WA1 4RF\n"
                      "T: 01925 613420", disc=""),

    # ---- Kettlewell Interiors ----
    "mark": dict(name="Mark Kettlewell", email="mark@kettlewellinteriors.co.uk", tz="Europe/London",
                 mua="iphone", fmt="plain", ids="apple", org="kettlewell", sig="", disc=""),

    # ---- Kaufmann Optik (Hamburg) ----
    "katrin": dict(name="Vogel, Katrin", email="katrin.vogel@kaufmann-optik.de", tz="Europe/Berlin",
                   mua="outlook_de", fmt="alt", ids="exchde", org="kaufmann",
                   sig="Mit freundlichen Grüßen / Best regards\n\nKatrin Vogel\nEinkauf / Purchasing\n"
                       "Kaufmann Optik GmbH | Spitalerstraße 12 | 20095 Hamburg\nTel. +49 40 3250 7714",
                   disc="Kaufmann Optik GmbH, Sitz Hamburg, Amtsgericht Hamburg HRB 118204, "
                        "Geschäftsführer: Dr. Henrik Kaufmann, Petra Lorenz"),

    # ---- Ravensworth Hospital (Southern Cross Health Group, Melbourne) ----
    "gemma": dict(name="Gemma Lowther", email="gemma.lowther@ravensworthhospital.co.uk", tz="Europe/London",
                  mua="outlook_uk", fmt="alt", ids="m365uk", org="ravensworth",
                  sig="Gemma Lowther\nHotel Services Manager\nRavensworth Hospital | Part of Southern Cross Health Group\n"
                      "Otley Road, Harrogate HG3 1QL | T: 01423 817300", disc=""),
    "andrew": dict(name="Andrew Pham", email="andrew.pham@sxhealth.com.au", tz="Australia/Melbourne",
                   mua="outlook_mac", fmt="alt", ids="m365au", org="ravensworth",
                   sig="Andrew Pham\nGroup Procurement Lead – Support Services\nSouthern Cross Health Group\n"
                       "+61 3 9008 2270", disc=""),

    # ---- Sundaram Biologics UK ----
    "lakshmi": dict(name="Dr. Lakshmi Narayanan", email="lakshmi.narayanan@sundarambio.com", tz="Europe/London",
                    mua="outlook_us", fmt="html", ids="m365in", org="sundaram",
                    sig="Regards,\nDr. Lakshmi Narayanan\nSite Head – Cambridge\nSundaram Biologics UK Ltd\n"
                        "Cambridge Science Park, Milton Road, Cambridge CB4 0FZ | T: 01223 926410", disc=""),

    # ---- a dentist on gmail ----
    "aoife": dict(name="Aoife Kinsella", email="aoife.kinsella.dental@gmail.com", tz="Europe/Dublin",
                  mua="gmail", fmt="alt", ids="gmail", org="aoife",
                  sig="--\nDr Aoife Kinsella BDS\n+353 87 412 7733", disc=""),

    # ---- Hollins & Webb Architects ----
    "james": dict(name="James Webb", email="james@hollinswebb.co.uk", tz="Europe/London",
                  mua="gmail", fmt="alt", ids="gworkspace", org="hollins",
                  sig="James Webb\nPractice Director | Hollins & Webb Architects\nHope Mill, 113 Pollard Street, Manchester M4 7JA\n"
                      "T: 0161 496 0678", disc=""),
    "docusign": dict(name="James Webb via DocuSign", email="dse@eumail.docusign.net", tz="Europe/London",
                     mua="bulk", fmt="html", ids="docusign", org="docusign", sig="", disc=""),

    # ---- Tallis Colocation ----
    "neil": dict(name="Neil Farraday", email="neil.farraday@tallis-colo.co.uk", tz="Europe/London",
                 mua="outlook_uk", fmt="alt", ids="exch", org="tallis",
                 sig="Neil Farraday\nOperations Director | Tallis Colocation Ltd\nT: 020 7946 0311", disc=""),

    # ---- others ----
    "bernie": dict(name="Bernie Walsh", email="bernie.walsh@castlegate-sc.co.uk", tz="Europe/London",
                   mua="iphone", fmt="plain", ids="apple", org="castlegate", sig="Bernie", disc=""),
    "fminsight": dict(name="FM Insight Weekly", email="newsletter@fminsight.co.uk", tz="Europe/London",
                      mua="bulk", fmt="html", ids="bulk", org="news", sig="", disc=""),
    "cleanshow": dict(name="The Cleaning Show 2027", email="hello@thecleaningshow-events.co.uk", tz="Europe/London",
                      mua="bulk", fmt="html", ids="bulk", org="news", sig="", disc=""),
    "tenderwatch": dict(name="TenderWatch Alerts", email="alerts@tenderwatch.co.uk", tz="Europe/London",
                        mua="bulk", fmt="html", ids="bulk", org="news", sig="", disc=""),
    "prochem": dict(name="ProChem Supplies", email="notices@prochem-supplies.co.uk", tz="Europe/London",
                    mua="bulk", fmt="html", ids="bulk", org="prochem", sig="", disc=""),
    "ollie": dict(name="Ollie Grant", email="ollie@leadspark-b2b.com", tz="Europe/London",
                  mua="gmail", fmt="alt", ids="gworkspace", org="cold",
                  sig="Ollie Grant\nGrowth Partner, LeadSpark B2B\nBook a call: leadspark-b2b.com/ollie", disc=""),
    "workwear": dict(name="WorkwearPro Direct", email="sales@workwearpro-direct.co.uk", tz="Europe/London",
                     mua="bulk", fmt="html", ids="bulk", org="cold", sig="", disc=""),
    "karl": dict(name="Karl Mendes", email="karl.mendes@briterobotics.eu", tz="Europe/Lisbon",
                 mua="gmail", fmt="alt", ids="gworkspace", org="cold",
                 sig="Karl Mendes\nSales Director UK & Ireland | Brite Robotics\n+351 21 120 4470", disc=""),
    "marcus": dict(name="Marcus Reid", email="m.reid@lumenhotels.co.uk", tz="Europe/London",
                   mua="outlook_uk", fmt="alt", ids="exch", org="lumen", sig="", disc=""),
    "lumenfm": dict(name="Lumen Hotels Facilities", email="facilities@lumenhotels.co.uk", tz="Europe/London",
                    mua="outlook_uk", fmt="alt", ids="exch", org="lumen", sig="", disc=""),
    "daemon": dict(name="Mail Delivery Subsystem", email="mailer-daemon@eur.prod.outlook.com", tz="Europe/London",
                   mua="bulk", fmt="plain", ids="bulk", org="daemon", sig="", disc=""),
}

MANAGERS = ["fiona", "daniel", "priya", "tom", "sophie"]

MSGS = []


def msg(key, when, frm, to, subj=None, body="", cc=(), reply=None, fwd=None, att=(), quote=True,
        inbound=None, agreed=(), complaint=None, headers=None, extra_to_mailbox=(), sig=True,
        html_body=None, auto=False):
    """One email.

    inbound=(needs_answer, answered_by) for a client's/intermediary's message to a manager:
        answered_by is a message key, "call:<key>", or None.
    agreed: tuples (quote, due or None, status); the sender is who committed.
    complaint: True (about us) / False (about someone else).
    """
    MSGS.append(dict(key=key, when=when, frm=frm, to=list(to) if isinstance(to, (list, tuple)) else [to],
                     cc=list(cc), subj=subj, body=body, reply=reply, fwd=fwd, att=list(att), quote=quote,
                     inbound=inbound, agreed=list(agreed), complaint=complaint, headers=headers or {},
                     extra_to_mailbox=list(extra_to_mailbox), sig=sig, html_body=html_body, auto=auto))


# =====================================================================================
# Northmoor University — campus cleaning & soft services ITT (Daniel)
# =====================================================================================

msg("N1", "2026-10-13 10:04", "rachel", ["daniel"], cc=["bids"],
    subj="NU-EST-2026-114 Campus Cleaning and Soft Services – Invitation to Tender",
    body="""Dear Mr Okafor,

Northmoor University – Invitation to Tender NU-EST-2026-114: Campus Cleaning and Soft Services (2027–2032)

Further to your organisation's registration on the University's e-tendering portal, I write to confirm that the above Invitation to Tender has now been published. Please note the following key dates:

1. Deadline for Form of Intent to Bid: 12:00, Friday 16 October 2026
2. Mandatory site visit: 10:00, Wednesday 21 October 2026 (meet at Estates Reception, Castell Building)
3. Deadline for clarification questions: 12:00, Friday 6 November 2026
4. Tender return deadline: 12:00, Friday 20 November 2026

All clarification questions must be submitted via the portal's messaging function. Responses will be anonymised and published to all bidders.

Please confirm by return the names of no more than two attendees for the site visit.

Yours sincerely,""",
    inbound=(True, "N2"))

msg("N2", "2026-10-14 09:30", "daniel", ["rachel"], cc=["bids"], reply="N1",
    body="""Dear Rachel,

Thank you for the invitation. Brightwell intends to bid, and we will upload the Form of Intent to the portal by Friday 16 October.

Our attendees for the site visit on 21 October will be myself and Gary Whitlock, our Operations Director.

Kind regards,""",
    agreed=[("Brightwell intends to bid, and we will upload the Form of Intent to the portal by Friday 16 October.",
             "2026-10-16", "kept")])

msg("N3", "2026-10-15 14:22", "portal", ["daniel"],
    subj="NU-EST-2026-114: Form of Intent received",
    body="""This is an automated message from the Northmoor University eTendering portal.

Supplier: Brightwell Facility Services Ltd
Project: NU-EST-2026-114 Campus Cleaning and Soft Services (2027–2032)
Document: Form of Intent to Bid
Received: 15/10/2026 14:21:56

You can view the project and its correspondence after logging in.

Please do not reply to this email; this mailbox is not monitored.""", sig=False)

msg("N4", "2026-10-29 16:10", "daniel", ["rachel"],
    subj="NU-EST-2026-114 – clarification questions (Brightwell)",
    body="""Dear Rachel,

The portal's messaging module returns an error whenever we attach our question log (screenshot attached), so, as advised by your helpdesk, I am sending our clarification questions by email:

1. Schedule 2, section 4.3: please confirm whether the 1,100 m² of the new Hallam Library extension is in scope from day one (1 April 2027) or from its handover in September 2027.
2. Please confirm the number of student residences rooms requiring a between-lets clean in June and September.
3. Is the University's current waste contractor retained, with the successful bidder responsible only for internal waste movements to the compounds?
4. Will the University provide updated TUPE information (ELI) before the tender return date?
5. Is the conference-season uplift (July–August) to be priced as a separate line in Schedule 5?

Kind regards,""",
    att=["NU-EST-2026-114_Clarification_Questions_Brightwell.xlsx", "portal_error_29Oct.png"])

msg("N5", "2026-11-04 11:47", "rachel", ["daniel"], reply="N4",
    body="""Dear Daniel,

Thank you for your questions, which have been logged as CQ-17 to CQ-21. Responses are below and will also be published in the anonymised clarification log (v3) on the portal.

CQ-17: The Hallam Library extension is in scope from its handover, currently planned for 1 September 2027. Please price it as a separate line.
CQ-18: 1,840 rooms in June and 2,210 in September.
CQ-19: Yes. The external waste contract is retained by the University.
CQ-20: Yes. The incumbent contractor has been asked to issue updated ELI to all bidders by 9 November.
CQ-21: Yes, please use line 5.7 of Schedule 5.

Regards,""",
    inbound=(False, None))

msg("N6", "2026-11-09 15:30", "janine", ["daniel"], cc=["rachel"],
    subj="TUPE Employee Liability Information – Northmoor University contract",
    body="""Dear Bidder,

At the request of Northmoor University, please find attached the updated Employee Liability Information for the 63 employees currently assigned to the Northmoor University cleaning contract.

The data is provided in confidence for the purposes of the tender only. Any queries on this data should be directed to me.

Kind regards,""",
    att=["Northmoor_ELI_Nov2026_v2.xlsx"])

msg("N7", "2026-11-10 08:55", "daniel", ["janine"], cc=["rachel"], reply="N6",
    body="""Thanks Janine.

One query: column N (accrued holiday) is blank for the 11 staff at the Hallam campus. Could you confirm whether that is nil, or not yet provided?

Regards,""")

msg("N8", "2026-11-11 12:20", "janine", ["daniel"], reply="N7",
    body="""Hi Daniel,

Not yet provided, sorry. I'll reissue the sheet with the Hallam figures by Friday.

Janine""")

msg("N9", "2026-11-20 10:52", "daniel", ["rachel"], cc=["fiona", "bids"],
    subj="NU-EST-2026-114 – Brightwell tender submitted",
    body="""Dear Rachel,

For your records: our tender response was uploaded to the portal at 10:41 today (submission receipt attached).

Our total annual tendered price is £1,462,350 excluding VAT, as set out in Schedule 5 (Pricing Matrix), on the basis of the 52-week specification plus the conference-season uplift at line 5.7. The Hallam Library extension is priced separately at line 5.9, as advised in CQ-17.

We look forward to hearing from you.

Kind regards,""",
    att=["Submission_Receipt_NU-EST-2026-114.pdf"])

msg("N10", "2026-11-20 10:41", "portal", ["daniel"],
    subj="NU-EST-2026-114: Your response has been submitted",
    body="""This is an automated message from the Northmoor University eTendering portal.

Your response to NU-EST-2026-114 Campus Cleaning and Soft Services (2027–2032) was submitted successfully.

Submitted by: Daniel Okafor
Date/time: 20/11/2026 10:41:07
Files: 14

Please do not reply to this email; this mailbox is not monitored.""", sig=False)

msg("N11", "2026-11-27 15:18", "rachel", ["daniel"],
    subj="NU-EST-2026-114 – Invitation to Clarification Presentation",
    body="""Dear Daniel,

Following evaluation of the written submissions, I am pleased to invite Brightwell Facility Services Ltd to a clarification presentation:

Date: Thursday 10 December 2026
Time: 14:00–15:30
Venue: Room 2.14, Hallam Building

The panel asks that you:
(a) confirm the names and roles of up to three attendees by Wednesday 2 December;
(b) send your presentation slides to me by 12:00 on Monday 7 December, so they can be loaded in advance;
(c) bring your proposed Contract Manager.

A calendar invitation will follow. Please note that the University expects to notify the outcome of the procurement by Monday 18 January 2027.

Regards,""",
    inbound=(True, "N12"))

msg("N12", "2026-11-30 09:12", "daniel", ["rachel"], cc=["fiona"], reply="N11",
    body="""Dear Rachel,

Thank you — we are delighted to be invited.

Our attendees will be:
- Fiona Gallagher, Head of Sales
- Gary Whitlock, Operations Director
- Marcus Bell, proposed Contract Manager

I will send the presentation slides by 12:00 on Monday 7 December as requested.

Kind regards,""",
    agreed=[("I will send the presentation slides by 12:00 on Monday 7 December as requested.",
             "2026-12-07", "broken")])

msg("N13", "2026-12-08 09:26", "daniel", ["rachel"], cc=["fiona"], reply="N12",
    subj="RE: NU-EST-2026-114 – Invitation to Clarification Presentation – slides",
    body="""Dear Rachel,

Apologies for missing yesterday's noon deadline — our Contract Manager's section needed a final sign-off.

Please find the slides attached.

Kind regards,""",
    att=["Brightwell_Northmoor_Clarification_Presentation_v4.pptx"])

# internal: dry run for the presentation
msg("N14", "2026-12-03 12:05", "fiona", ["daniel"], cc=["gary"],
    subj="Northmoor presentation – dry run",
    body="""Daniel,

Can we do a proper dry run for Northmoor before the 10th? Wednesday 9th at 4pm in the boardroom? I want Marcus to do his section twice.

F""")

msg("N15", "2026-12-03 12:31", "daniel", ["fiona"], cc=["gary"], reply="N14",
    body="""Yes — invite sent for Wed 4pm. I'll have v4 of the deck to you both by Monday.

D""")

# =====================================================================================
# Midlands Community Health NHS Trust — framework call-off (clinical cleaning) and
# washroom hygiene (existing service, complaint, then a quote for a second site) (Daniel)
# =====================================================================================

msg("T1", "2026-10-19 11:20", "jaspreet", ["daniel"], cc=["karen"],
    subj="CFS-214 Lot 3 – Direct Award – Clinical Cleaning, Ashby & Coalville Community Hospitals",
    body="""Dear Daniel,

Midlands Community Health NHS Trust intends to make a direct award under the Crown FM Services Framework (CFS-214), Lot 3 (Healthcare Cleaning), for clinical cleaning at Ashby Community Hospital and Coalville Community Hospital, for an initial term of 3 years from 1 February 2027.

As one of the framework suppliers ranked for our region, you are invited to submit a priced proposal using the framework call-off pricing template (attached), together with a method statement against the National Standards of Healthcare Cleanliness 2021.

Proposals are requested by 5pm on Friday 6 November 2026. A site walk can be arranged with Karen Whitfield, Head of Facilities (copied).

Kind regards,""",
    att=["CFS-214_Lot3_CallOff_Pricing_Template.xlsx", "MCHT_Cleaning_Specification_v1.2.pdf"],
    inbound=(True, "call:c05"))

msg("T2", "2026-10-20 16:02", "daniel", ["jaspreet"], cc=["karen"], reply="T1",
    body="""Dear Jaspreet,

Thank you for the invitation, and for your time on the phone this morning.

As discussed, we'll meet Karen at Ashby at 10:00 on Tuesday 27 October and go on to Coalville after lunch. We will submit our priced proposal and method statement by Friday 6 November.

Kind regards,""",
    agreed=[("We will submit our priced proposal and method statement by Friday 6 November.", "2026-11-06", "kept")])

msg("T3", "2026-11-03 08:40", "daniel", ["fiona"],
    subj="MCHT call-off pricing – sign-off please",
    body="""Fiona,

MCHT call-off (Ashby + Coalville): I've priced it at £612,400 p.a., 14% gross margin, domestics at the Band 2 rate after the NHS pay award, two site supervisors. Pricing schedule attached.

Can I have your sign-off before Thursday? It goes on the 5th.

Thanks,
D""",
    att=["MCHT_pricing_build-up_v3.xlsx"], sig=False)

msg("T4", "2026-11-03 09:15", "fiona", ["daniel"], reply="T3",
    body="""Approved. Keep 2% in your back pocket on the management fee — they will push.

F""", sig=False)

msg("T5", "2026-11-05 15:47", "daniel", ["jaspreet"], cc=["karen"],
    subj="MCHT – CFS-214 Lot 3 proposal – Brightwell Facility Services",
    body="""Dear Jaspreet,

Please find attached our priced proposal (framework call-off pricing template) and our method statement against the National Standards of Healthcare Cleanliness 2021.

Our annual price for both sites is £612,400 excluding VAT (Ashby £371,900; Coalville £240,500). This covers all functional risk categories FR1–FR6, with a dedicated Domestic Services Supervisor on each site, efficacy audits at the frequencies in the Standards, and a 24/7 reactive response for isolation cleans.

Kind regards,""",
    att=["Brightwell_MCHT_CallOff_Pricing_Schedule.xlsx", "Brightwell_MCHT_Method_Statement_NSHC2021.pdf"])

msg("T6", "2026-11-13 10:30", "jaspreet", ["daniel"], cc=["karen"], reply="T5",
    body="""Dear Daniel,

Thank you for your proposal, which has been evaluated as compliant.

I'm afraid the Trust's budget for this service is £575,000 per annum. Before we proceed, could you please review:

(1) the frequency of the periodic deep cleans in the FR4–FR6 areas, and
(2) the management fee of 6.5%?

Could you please come back to me by Wednesday 18 November?

Kind regards,""",
    inbound=(True, "T7"))

msg("T7", "2026-11-18 14:05", "daniel", ["jaspreet"], cc=["karen"], reply="T6",
    body="""Dear Jaspreet,

We have reviewed both points. By moving the FR5–FR6 periodic deep cleans from monthly to quarterly (in line with the minimum frequencies in the Standards) and reducing our management fee to 4.5%, we can offer £589,900 per annum excluding VAT. The revised schedule is attached.

I'm afraid we cannot go lower without reducing supervisor hours, which we would not recommend given the Trust's current audit scores.

Kind regards,""",
    att=["Brightwell_MCHT_CallOff_Pricing_Schedule_rev1.xlsx"])

msg("T8", "2026-11-26 12:14", "jaspreet", ["daniel"], cc=["karen"], reply="T7",
    body="""Dear Daniel,

I'm pleased to say the revised price has been accepted by the Director of Estates.

Please find attached the draft Call-Off Order Form and the Call-Off Terms (Framework Schedule 4), completed with the Trust's details. Could you review and return any comments by Friday 4 December?

We would like the Order Form signed by Friday 11 December so the award can be noted at the Trust Board on 15 December.

Kind regards,""",
    att=["MCHT_CFS-214_CallOff_Order_Form_DRAFT_v1.docx", "CFS-214_Schedule4_CallOff_Terms.pdf"],
    inbound=(True, "T9"))

msg("T9", "2026-11-27 09:40", "daniel", ["jaspreet"], cc=["fiona"], reply="T8",
    body="""Thanks Jaspreet, that's great news.

Our legal team is reviewing the Order Form now and I'll come back to you with any comments by Friday 4 December.

Kind regards,""",
    agreed=[("Our legal team is reviewing the Order Form now and I'll come back to you with any comments by Friday 4 December.",
             "2026-12-04", "kept")])

msg("T10", "2026-12-04 11:22", "daniel", ["jaspreet"], cc=["fiona"], reply="T9",
    body="""Dear Jaspreet,

Please find our comments attached (tracked). In summary:

1. Clause 12.3 – we ask that service credits be capped at 10% of the monthly charge, in line with option B of Framework Schedule 4.
2. Clause 14 – we ask that the Trust's indemnity for pre-transfer TUPE liabilities is mutual.
3. Section C of the Order Form – the authorised signatory for Brightwell should be Fiona Gallagher, Head of Sales.

Kind regards,""",
    att=["MCHT_CallOff_Order_Form_v1_Brightwell_comments.docx"])

msg("T11", "2026-12-07 16:05", "jaspreet", ["daniel"], cc=["fiona"], reply="T10",
    body="""Dear Daniel,

Clause 12.3 is accepted (option B applies). Clause 14 has to stay as drafted, as it is a framework clause the Trust is not permitted to vary.

I've updated Section C, and the DocuSign envelope has now been sent to Fiona. Please could it be completed by Friday 11 December?

Kind regards,""",
    inbound=(True, "T12"))

msg("T12", "2026-12-08 09:05", "daniel", ["jaspreet"], cc=["fiona"], reply="T11",
    body="""Thanks Jaspreet — understood on clause 14, and thank you for updating Section C. I've let Fiona know the envelope is waiting for her.

Kind regards,""")

# --- washroom hygiene ---
msg("H1", "2026-11-12 08:47", "karen", ["daniel"],
    subj="Sanitary bin service – Ashby Community Hospital – NOT serviced",
    body="""Daniel,

I'm sorry to have to raise this, but the sanitary and nappy bins on Ward 2 and in the outpatient toilets at Ashby have not been serviced since 20 October. I've had two complaints from ward staff and one from a patient's relative this week, and our IPC nurse has flagged it.

This is not acceptable on a clinical site. Can you please find out what has gone wrong and get someone out urgently.

Karen""",
    inbound=(True, "H2"), complaint=True)

msg("S1", "2026-11-12 09:58", "daniel", ["ryan"],
    subj="URGENT – Ashby Community Hospital (MCHT) – missed services",
    body="""Ryan,

Ashby Community Hospital (MCHT) has had no sanitary service since 20 October. It's a clinical site and I have the Trust's Head of Facilities on the phone.

I need a technician there on Friday 13th without fail, and the service dockets to me by Monday morning.

Daniel""")

msg("S2", "2026-11-12 10:06", "ryan", ["daniel"], reply="S1",
    body="""Daniel,

Apologies — the route 14 re-plan on 19 Oct dropped the site. Tech booked for Friday 13th, first thing. Dockets to you Monday.

Ryan""")

msg("H2", "2026-11-12 10:15", "daniel", ["karen"], reply="H1",
    body="""Karen,

I'm very sorry — this should not have happened. I've spoken to our hygiene partner and the service round for Ashby was dropped when their routes were re-planned on 19 October.

A technician will attend on Friday 13 November to service and replace every unit on Ward 2 and in outpatients, and I will send you the service report by Monday 16 November. I will also credit the missed visits on your November invoice.

Regards,""",
    agreed=[("A technician will attend on Friday 13 November to service and replace every unit on Ward 2 and in outpatients, and I will send you the service report by Monday 16 November.",
             "2026-11-16", "kept"),
            ("I will also credit the missed visits on your November invoice.", None, "open")])

msg("S3", "2026-11-16 08:20", "ryan", ["daniel"], reply="S2",
    body="""Morning Daniel,

Service dockets for Ashby attached. All 23 units serviced or replaced on Friday; the site is back on route 14, fortnightly, next visit 27/11.

Ryan""",
    att=["Sanisafe_dockets_Ashby_13-11-2026.pdf"])

msg("H3", "2026-11-16 11:05", "daniel", ["karen"], reply="H2",
    body="""Karen,

As promised, attached is the service report from Friday: all 23 units on Ward 2 and in outpatients were serviced or replaced, and Ashby is back on a fortnightly round (next visit 27 November).

Regards,""",
    att=["Ashby_CH_Washroom_Service_Report_13Nov2026.pdf"])

msg("H4", "2026-11-19 14:33", "karen", ["daniel"], reply="H3",
    body="""Thanks Daniel, all good on Ward 2 now.

While I have you — could you quote for the same service at Coalville? It's 14 washrooms (6 with sanitary units, 2 baby-change).

Karen""",
    inbound=(True, "call:c15"))

msg("H5", "2026-11-24 16:40", "daniel", ["karen"],
    subj="Washroom hygiene – Coalville Community Hospital – quotation",
    body="""Karen,

Further to our call on Friday, here is the quote for washroom hygiene at Coalville Community Hospital: 6 sanitary units, 2 nappy bins and 14 air-freshening units, serviced fortnightly — £4,860 per annum excluding VAT, on the same terms as Ashby.

Regards,""",
    att=["Brightwell_Quote_Q-26-1184_Coalville_Washroom.pdf"])

msg("H6", "2026-12-01 12:02", "karen", ["daniel"], reply="H5",
    body="""Thanks Daniel. I'll take this to our revenue budget meeting on 10 December.

Karen""",
    inbound=(False, "H7"))

msg("H7", "2026-12-01 12:30", "daniel", ["karen"], reply="H6",
    body="""Thanks Karen. I'll give you a ring on Friday 11 December to see how it landed.

Regards,""",
    agreed=[("I'll give you a ring on Friday 11 December to see how it landed.", "2026-12-11", "open")])

# =====================================================================================
# Halden DataCore — technical cleaning RFP for the Slough data centre (Priya)
# =====================================================================================

msg("A1", "2026-10-14 10:15", "mohammed", ["priya"], cc=["craig"],
    subj="RFP No. HDC-PR-2026-0457 – Technical Cleaning Services for SLG1 Data Centre, Slough (UK)",
    body="""Dear Ms. Priya,

Greetings from Halden DataCore.

With reference to your company profile submitted through our Supplier Registration, we are pleased to invite you to participate in the subject RFP. Please find attached the RFP documents, comprising:

1) Instructions to Bidders;
2) Scope of Work & Technical Specifications;
3) Commercial Bid Form;
4) Draft Service Agreement (for information only).

The last date for submission of proposal is 2nd November 2026, 14:00 UAE time.

Kindly confirm your receipt and your intention to participate at the earliest. For any site survey, please coordinate with Mr. Craig Donnelly, Facilities Manager – SLG1 (in copy).""",
    att=["HDC-PR-2026-0457_Instructions_to_Bidders.pdf", "HDC-PR-2026-0457_SOW_Technical_Specs.pdf",
         "HDC-PR-2026-0457_Commercial_Bid_Form.xlsx", "HDC_Draft_Service_Agreement_FIO.pdf"],
    inbound=(True, "A2"))

msg("A2", "2026-10-15 08:50", "priya", ["mohammed"], cc=["craig"], reply="A1",
    body="""Dear Mohammed,

Thank you for the invitation — receipt confirmed, and Brightwell will participate.

Craig, I'll give you a call today to arrange the site survey.

Kind regards,""",
    agreed=[("Craig, I'll give you a call today to arrange the site survey.", "2026-10-15", "kept")])

msg("A3", "2026-10-23 13:10", "craig", ["priya"],
    subj="SLG1 – floor plans and particle counts",
    body="""Hi Priya,

Good to meet you yesterday. As promised, attached are the floor plans for Data Halls 1–3 and the particle count results from the last audit.

They're the previous contractor's, and frankly they were poor — we failed ISO Class 8 in Hall 2 twice this year, and their night supervisor never once filled in the sub-floor log. That's a big part of why we're going out to market.

Any questions, shout.

Cheers,
Craig""", sig=False,
    att=["SLG1_DH1-3_floor_plans.pdf", "SLG1_particle_counts_2026-Q3.xlsx"],
    inbound=(False, "A4"), complaint=False)

msg("A4", "2026-10-23 15:02", "priya", ["craig"], reply="A3",
    body="""Thanks Craig — very helpful, and good to know about Hall 2. We'll build particle count testing into the proposal.

Priya""", sig=False,
    agreed=[("We'll build particle count testing into the proposal.", None, "kept")])

msg("A5", "2026-10-30 17:20", "priya", ["mohammed"], cc=["craig"],
    subj="Submission – RFP HDC-PR-2026-0457 – Brightwell Facility Services Ltd",
    body="""Dear Mohammed,

Please find attached our technical and commercial proposal for RFP HDC-PR-2026-0457.

Our annual price is £148,200 excluding VAT. It covers daily technical cleaning of Data Halls 1–3 and ancillary areas, quarterly sub-floor and ceiling void cleaning, and an annual ISO 14644-1 particle count survey by an independent UKAS-accredited laboratory.

The proposal is valid for 90 days.

Kind regards,""",
    att=["Brightwell_HDC-PR-2026-0457_Technical_Proposal.pdf", "Brightwell_HDC-PR-2026-0457_Commercial_Bid_Form.xlsx"])

msg("A6", "2026-10-30 21:21", "mohammed", ["priya"], reply="A5", quote=False, auto=True,
    subj="Automatic reply: Submission – RFP HDC-PR-2026-0457 – Brightwell Facility Services Ltd",
    body="""Thank you for your email.

I am on annual leave from 29 October until 9 November 2026 with limited access to email. For urgent procurement matters please contact procurement@haldendc.ae.

Regards,
Mohammed Al Hashimi""", sig=False,
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

msg("A7", "2026-11-11 09:40", "mohammed", ["priya"], cc=["craig"], reply="A5",
    subj="RE: Submission – RFP HDC-PR-2026-0457 – Brightwell Facility Services Ltd",
    body="""Dear Ms. Priya,

Greetings.

We have completed the technical evaluation and your proposal is found technically compliant. However, your commercial offer is higher than our budget. We kindly request you to consider the following:

1) Discount of 7% on the annual price;
2) Payment terms of 60 days from invoice date;
3) Price to remain fixed for a period of 3 years.

Kindly submit your best and final offer (BAFO) latest by 17th November 2026.""",
    inbound=(True, "call:c11"))

msg("A8", "2026-11-16 10:12", "priya", ["mohammed"], cc=["craig"], reply="A7",
    body="""Dear Mohammed,

Thank you for your time on the phone on Friday.

As discussed, our best and final offer is:
1) a 4% reduction, bringing the annual price to £142,270;
2) payment terms of 45 days;
3) prices fixed for 24 months, with CPI indexation thereafter.

I'll send the updated Commercial Bid Form and the revised method statement by Friday 20 November.

Kind regards,""",
    agreed=[("I'll send the updated Commercial Bid Form and the revised method statement by Friday 20 November.",
             "2026-11-20", "broken")])

msg("A9", "2026-11-19 11:30", "priya", ["gary"],
    subj="Halden SLG1 – Hall 2 sub-floor hours",
    body="""Gary,

I need your revised labour hours for the Hall 2 sub-floor cleans by tomorrow lunchtime for the Halden method statement — they've bought the BAFO, I just need the paperwork to match.

Thanks,
Priya""", sig=False)

msg("A10", "2026-11-23 18:02", "gary", ["priya"], reply="A9",
    body="""Sorry Priya — at Leeds all last week with the Northmoor pricing. Hours attached: 3 nights x 2 operatives per quarterly clean, plus the particle count day.

G""", sig=False, att=["SLG1_subfloor_hours_rev2.xlsx"])

msg("A11", "2026-11-24 09:05", "priya", ["mohammed"], cc=["craig"], reply="A8",
    body="""Dear Mohammed,

Please accept my apologies for the delay. Attached are the updated Commercial Bid Form (rev. 2) and the revised method statement reflecting our BAFO.

Kind regards,""",
    att=["Brightwell_HDC-PR-2026-0457_Commercial_Bid_Form_rev2.xlsx", "Brightwell_SLG1_Method_Statement_rev2.pdf"])

msg("A12", "2026-12-01 11:30", "mohammed", ["priya"], cc=["craig"], reply="A11",
    body="""Dear Ms. Priya,

Well received, thank you.

Your BAFO is now with our management for approval. Kindly call me on Thursday 10th December after 11:00 UAE time so we can discuss the outcome.""",
    inbound=(True, "A13"))

msg("A13", "2026-12-01 09:15", "priya", ["mohammed"], cc=["craig"], reply="A12",
    body="""Thank you Mohammed — I'll call you on Thursday 10 December at 08:00 UK time (12:00 UAE).

Kind regards,""",
    agreed=[("I'll call you on Thursday 10 December at 08:00 UK time (12:00 UAE).", "2026-12-10", "open")])

# =====================================================================================
# Infosphere Technologies — office cleaning Reading + Dublin (won), then window cleaning (Priya)
# =====================================================================================

msg("I1", "2026-10-12 12:40", "venkatesh", ["priya"], cc=["tom", "anita"],
    subj="Infosphere – Facility Cleaning Services UK & Ireland – RFQ INF-SC-26-0912 – Final commercials",
    body="""Dear Priya,

Greetings from Infosphere!

Further to the negotiation call held on 8-Oct, we are pleased to inform you that Brightwell has been shortlisted as L1 for Reading and Dublin locations.

Request you to share your final commercials on the SupplierConnect portal latest by 16-Oct EOD, incorporating the points discussed:
a) consumables to be included;
b) 2 additional deep cleans per year for the Dublin pantry.

Kindly do the needful.""",
    inbound=(True, "I2"))

msg("I2", "2026-10-14 11:00", "priya", ["venkatesh"], cc=["tom", "anita"], reply="I1",
    body="""Dear Venkatesh,

Thank you — great news.

Our final commercials have been uploaded to SupplierConnect this morning (response ref. SC-RSP-448120):
- Reading: £86,400 per annum
- Dublin: £62,300 per annum (invoiced in GBP, as per the RFQ)

Both include consumables and, for Dublin, two additional pantry deep cleans per year. The total is £148,700 per annum excluding VAT.

Kind regards,""")

msg("I3", "2026-10-19 15:35", "venkatesh", ["priya"], cc=["tom", "anita"], reply="I2",
    body="""Dear Priya,

Good news, the commercials are approved by our CPO.

PFA the draft Master Services Agreement and SOW-01 (Reading & Dublin) for your review. Request you to revert with your comments, if any, latest by 23-Oct.""",
    att=["Infosphere_MSA_Draft_v3.docx", "SOW-01_Facility_Cleaning_UK-IE.docx"],
    inbound=(True, "I4"))

msg("I4", "2026-10-22 16:45", "priya", ["venkatesh"], cc=["tom"], reply="I3",
    body="""Dear Venkatesh,

Please find attached our comments on the MSA and SOW-01 (tracked):

1. Clause 11.2 – limitation of liability: we propose 125% of the annual charges rather than unlimited liability.
2. Clause 17 – TUPE: we need a mutual indemnity for pre-transfer liabilities of the outgoing contractor's staff.
3. SOW-01, Annex B – the Dublin service hours should read 18:00–22:00, Monday to Friday.

Kind regards,""",
    att=["Infosphere_MSA_Draft_v3_BW_comments.docx", "SOW-01_BW_comments.docx"])

msg("I5", "2026-10-28 13:20", "venkatesh", ["priya"], cc=["tom"], reply="I4",
    body="""Dear Priya,

Our legal team has accepted points 1 and 3. On point 2, we have added a mutual indemnity capped at £250,000.

PFA the final MSA and SOW-01 for signature. Kindly arrange to share the signed copies at the earliest.""",
    att=["Infosphere_MSA_Final_for_signature.pdf", "SOW-01_Final_for_signature.pdf"],
    inbound=(True, "I6"))

msg("I6", "2026-11-03 10:05", "priya", ["venkatesh"], cc=["tom", "anita"], reply="I5",
    body="""Dear Venkatesh,

Please find attached the MSA and SOW-01, signed by our Managing Director, David Lowe.

We look forward to starting in Reading and Dublin on 1 December.

Kind regards,""",
    att=["Infosphere_Brightwell_MSA_signed_BW.pdf", "SOW-01_signed_BW.pdf"])

msg("I7", "2026-11-05 17:50", "venkatesh", ["priya"], cc=["tom", "anita"], reply="I6",
    body="""Dear Priya,

PFA the countersigned MSA and SOW-01 along with PO No. 4500218834.

Welcome onboard!""",
    att=["Infosphere_Brightwell_MSA_executed.pdf", "SOW-01_executed.pdf", "PO_4500218834.pdf"],
    inbound=(False, "I8"))

msg("I8", "2026-11-06 09:10", "priya", ["venkatesh"], cc=["tom"], reply="I7",
    body="""Thank you Venkatesh — PO received, and thank you for all your help getting this over the line.

Kind regards,""")

msg("I9", "2026-11-06 14:41", "venkatesh", ["priya"], reply="I8", quote=False, auto=True,
    subj="Automatic reply: Infosphere – Facility Cleaning Services UK & Ireland – RFQ INF-SC-26-0912 – Final commercials",
    body="""Dear Sender,

I am on leave for Diwali from 6-Nov to 11-Nov with limited access to mail. For urgent matters, please contact procurement.helpdesk@infospheretech.com.

Thanks & Regards,
Venkatesh""", sig=False,
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

msg("I10", "2026-11-10 14:20", "anita", ["priya"], cc=["tom"],
    subj="Mobilisation 1 Dec – key holding forms",
    body="""Hi Priya,

Hope you're well. For the mobilisation on 1 Dec, could you send me the key-holding / alarm responsibility form and your site induction plan? Our building manager in Reading needs them by 20 Nov.

Thanks,
Anita""", sig=False,
    inbound=(True, "I11"))

msg("I11", "2026-11-11 09:30", "priya", ["anita"], cc=["leanne", "tom"], reply="I10",
    body="""Hi Anita,

Absolutely — I've copied Leanne Probert, our Mobilisation Manager. Leanne will send the key-holding form and the site induction plan by Friday 13 November.

Best,""",
    agreed=[("Leanne will send the key-holding form and the site induction plan by Friday 13 November.",
             "2026-11-13", "kept")])

msg("I12", "2026-11-13 16:10", "leanne", ["anita"], cc=["priya"], reply="I11",
    body="""Hi Anita,

As promised, please find attached the key-holding and alarm response form (for signature) and the site induction plan for Reading and Dublin.

Best wishes,""",
    att=["Brightwell_Keyholding_Alarm_Response_Form.docx", "Infosphere_Site_Induction_Plan_RDG-DUB.pdf"])

msg("I13", "2026-12-02 12:10", "venkatesh", ["priya"], cc=["anita"],
    subj="Window cleaning – Reading office – quotation",
    body="""Dear Priya,

Greetings!

Anita informs that the external and internal window cleaning at Reading is not in the current SOW. Request you to share your quotation for quarterly window cleaning (internal + external, 2 floors) latest by 11-Dec, so that we can raise a change request to SOW-01.""",
    inbound=(True, "I14"))

msg("I14", "2026-12-02 09:20", "priya", ["venkatesh"], cc=["anita"], reply="I13",
    body="""Dear Venkatesh,

Thank you — happy to. I'll arrange for our periodic services supervisor to measure up with Anita, and I'll send the quotation by Friday 11 December.

Kind regards,""",
    agreed=[("I'll arrange for our periodic services supervisor to measure up with Anita, and I'll send the quotation by Friday 11 December.",
             "2026-12-11", "open")])

msg("I15", "2026-12-03 08:12", "anita", ["priya"],
    subj="Reading – cleaning issues first week",
    body="""Hi Priya,

I'm afraid the first week hasn't gone smoothly. On Tuesday night the kitchen on the 2nd floor wasn't cleaned at all and the bins on both floors were left full, and on Wednesday the cleaner left the side door on the latch, which triggered a security incident report from the building.

Please can you look into it and let me know what's being done.

Thanks,
Anita""", sig=False,
    inbound=(True, "I16"), complaint=True)

msg("I16", "2026-12-03 10:40", "priya", ["anita"], reply="I15",
    body="""Hi Anita,

I'm really sorry — that isn't the start we wanted.

I've spoken to our Area Manager: the Tuesday shift was covered by a relief operative who wasn't given the 2nd-floor kitchen on his task sheet, and the door was a lock-up failure by the same person. He won't be working at your site again.

Our Area Manager, Mike Doyle, will be on site this evening to run through the lock-up procedure with the team. I'll send you a short written incident report by Monday 7 December.

Best,""",
    agreed=[("Our Area Manager, Mike Doyle, will be on site this evening to run through the lock-up procedure with the team.",
             "2026-12-03", "kept"),
            ("I'll send you a short written incident report by Monday 7 December.", "2026-12-07", "kept")])

msg("I17", "2026-12-07 15:30", "priya", ["anita"], reply="I16",
    body="""Hi Anita,

As promised, attached is the incident report for 1–2 December, with the corrective actions. Mike ran through the lock-up procedure with the whole team on Thursday evening and has added a second sign-off on the door check.

Best,""",
    att=["Incident_Report_INF-RDG-2026-12-01.pdf"])

msg("I18", "2026-12-07 16:20", "anita", ["priya"], reply="I17",
    body="""Thanks Priya, appreciated. The last few nights have been much better. See you Wednesday for the windows.

Anita""", sig=False,
    inbound=(False, None))

# =====================================================================================
# Al Noor Home Retail — six UK stores; offer sent, then silence (Sophie)
# =====================================================================================

msg("L1", "2026-10-13 07:52", "imran", ["sophie"],
    subj="cleaning for our stores",
    body="""Hi Sophie got your details from Jo at the Bullring centre management. We have 6 stores in UK (Al Noor Home) need early morning cleaning before opening, 7 days. can you quote? can talk tomorrow after 2

Thanks""",
    inbound=(True, "L2"))

msg("L2", "2026-10-13 09:30", "sophie", ["imran"], reply="L1",
    body="""Hi Imran,

Thanks for getting in touch, and thanks to Jo for the referral! Happy to help.

I'll call you tomorrow after 2pm to go through the stores. In the meantime, could you send me the store addresses and rough floor areas?

Best wishes,""",
    agreed=[("I'll call you tomorrow after 2pm to go through the stores.", "2026-10-14", "kept")])

msg("L3", "2026-10-16 22:14", "imran", ["sophie"], reply="L2",
    subj="Store list",
    body="""Hi Sophie as discussed here is the list, sizes approx

1. Birmingham Bullring 1,200 sqm
2. Leicester Highcross 900
3. Bradford Broadway 850
4. Ilford Exchange 1,000
5. Manchester Arndale 1,100
6. Luton The Mall 800

Please put Fatima in copy for the quote, she approves from Dubai.""",
    inbound=(True, "L4"))

msg("L4", "2026-10-23 15:10", "sophie", ["imran"], cc=["fatima"],
    subj="Al Noor Home – cleaning proposal for 6 UK stores",
    body="""Dear Imran, dear Fatima,

Please find attached our proposal for early-morning cleaning at your six UK stores, 06:00–09:00, seven days a week, including consumables and a monthly quality audit.

The total is £118,560 per annum excluding VAT (£9,880 per month), on a 12-month agreement.

I'd be happy to walk you through it on a call.

Kind regards,""",
    att=["Brightwell_Proposal_AlNoorHome_UK_Stores.pdf"])

msg("L5", "2026-10-26 10:02", "fatima", ["sophie"], cc=["imran"], reply="L4",
    body="""Dear Sophie,

Received with thanks. We will review internally and revert.""",
    inbound=(False, None),
    agreed=[("We will review internally and revert.", None, "open")])

msg("L6", "2026-11-04 10:20", "sophie", ["fatima", "imran"], reply="L5",
    body="""Dear Fatima, dear Imran,

I hope you're both well. Just checking whether you've had a chance to review our proposal, and whether there are any questions I can answer?

Kind regards,""")

msg("L7", "2026-11-18 11:20", "sophie", ["imran"], cc=["fatima"], reply="L6",
    body="""Hi Imran,

I tried to call you just now — just following up on the proposal for the six stores. Are you still looking to change provider in the new year?

Best wishes,""")

msg("L8", "2026-12-03 09:45", "sophie", ["fatima"], cc=["imran"], reply="L7",
    body="""Dear Fatima,

I'm conscious I haven't heard back since October, so I'll assume the timing isn't right for now. Our proposal stays valid until 31 December; if anything changes, I'd be glad to help.

Kind regards,""")

# =====================================================================================
# Harbour & Quay Solicitors — office cleaning (won), then carpet cleaning (Tom)
# =====================================================================================

msg("Q1", "2026-10-12 09:14", "niamh", ["tom"],
    subj="Office cleaning – quote request",
    body="""Hi Tom,

Your name came from Siobhan at Corrib Credit Union, who's very happy with you.

We're a solicitors' office on Fitzwilliam Square — two floors, about 18 staff, two bathrooms, a kitchen and a client meeting room. Our current cleaners are, to be honest, a disaster: they've missed three nights in the last fortnight and left the alarm unset twice.

We'd like someone to start as soon as possible, ideally early November. Could you call over to have a look?

Thanks,""",
    inbound=(True, "Q2"), complaint=False)

msg("Q2", "2026-10-12 11:02", "tom", ["niamh"], reply="Q1",
    body="""Hi Niamh,

Thanks for getting in touch (and thanks to Siobhan!). Sorry to hear about the current service.

I could call over on Thursday 15 October at 4pm, if that suits?

Regards,""")

msg("Q3", "2026-10-12 11:30", "niamh", ["tom"], reply="Q2",
    body="""Thursday at 4 is perfect. See you then.

Niamh""", sig=False,
    inbound=(False, None))

msg("Q4", "2026-10-19 10:30", "tom", ["niamh"], cc=["conor"],
    subj="Office cleaning – Harbour & Quay – proposal",
    body="""Hi Niamh,

Thanks for showing me round on Thursday. As promised, please find our quote attached: evening cleaning Monday to Friday, 18:30–20:30, consumables included, €1,480 per month plus VAT on a 12-month agreement.

We can start on Monday 2 November. I've copied Conor, as you mentioned he signs off on suppliers.

Regards,""",
    att=["Brightwell_Quote_HarbourQuay_Oct2026.pdf"])

msg("Q5", "2026-10-20 07:41", "conor", ["tom"], cc=["niamh"], reply="Q4",
    body="""Tom - would you do 1,350 if we sign for 24 months?

Conor""",
    inbound=(True, "Q6"))

msg("Q6", "2026-10-20 12:15", "tom", ["conor"], cc=["niamh"], reply="Q5",
    body="""Hi Conor,

I can't get to €1,350, but on a 24-month term I can do €1,395 per month plus VAT, everything else as quoted.

Regards,""")

msg("Q7", "2026-10-20 13:02", "conor", ["tom"], cc=["niamh"], reply="Q6",
    body="""Done. Send the paperwork to Niamh.

C""",
    inbound=(True, "Q8"))

msg("Q8", "2026-10-21 09:20", "tom", ["niamh"], cc=["conor"],
    subj="Service agreement – Harbour & Quay Solicitors LLP",
    body="""Hi Niamh,

Great news. Please find attached our service agreement for signature: 24 months from 2 November at €1,395 per month plus VAT (€33,480 over the term).

Once it's signed, I'll send you the key-holder form and the start-up checklist.

Regards,""",
    att=["Brightwell_Service_Agreement_SA-IE-2026-031_HarbourQuay.pdf"],
    agreed=[("Once it's signed, I'll send you the key-holder form and the start-up checklist.", None, "kept")])

msg("Q9", "2026-10-28 15:40", "niamh", ["tom"], reply="Q8",
    body="""Hi Tom,

Signed agreement attached — Conor signed on behalf of the partnership.

Niamh""", sig=False,
    att=["SA-IE-2026-031_signed.pdf"],
    inbound=(False, "Q10"))

msg("Q10", "2026-10-28 16:30", "tom", ["niamh"], reply="Q9",
    body="""Thanks Niamh!

Attached are the key-holder form and the start-up checklist. Our supervisor, Agnieszka, will be with you on Monday 2 November at 18:30 to meet you before the first clean.

Regards,""",
    att=["Keyholder_Form_IE.pdf", "Startup_Checklist_HarbourQuay.pdf"],
    agreed=[("Our supervisor, Agnieszka, will be with you on Monday 2 November at 18:30 to meet you before the first clean.",
             "2026-11-02", "kept")])

msg("Q11", "2026-11-06 17:05", "niamh", ["tom"],
    subj="Thank you!",
    body="""Hi Tom,

Just a quick note to say thanks a million — the first week has been great, the place is spotless and Agnieszka is lovely.

Niamh""", sig=False,
    inbound=(False, None))

msg("Q12", "2026-12-01 10:10", "niamh", ["tom"],
    subj="Carpet cleaning over Christmas",
    body="""Hi Tom,

We're closed from 23 December to 4 January. Could you give us a price for shampooing the carpets on both floors (approx. 240 m²) while we're closed?

Thanks,
Niamh""", sig=False,
    inbound=(True, "Q13"))

msg("Q13", "2026-12-01 12:45", "tom", ["niamh"], reply="Q12",
    body="""Hi Niamh,

Yes, no problem — I'll send you a price by Thursday.

Regards,""",
    agreed=[("I'll send you a price by Thursday.", "2026-12-03", "kept")])

msg("Q14", "2026-12-03 14:20", "tom", ["niamh"], cc=["conor"], reply="Q13",
    body="""Hi Niamh,

Carpet cleaning for both floors (approx. 240 m², hot-water extraction with spot treatment) comes to €640 plus VAT. We could do it on Monday 28 or Tuesday 29 December.

Regards,""",
    att=["Brightwell_Quote_Q-IE-26-212_Carpets.pdf"])

msg("Q15", "2026-12-07 11:48", "conor", ["tom"], cc=["niamh"], reply="Q14",
    body="""Go ahead on the 28th. Can you knock off the VAT? Only joking. PO to follow from Niamh.

C""",
    inbound=(True, "Q16"),
    agreed=[("PO to follow from Niamh.", None, "open")])

msg("Q16", "2026-12-07 14:05", "tom", ["conor"], cc=["niamh"], reply="Q15",
    body="""Thanks Conor — booked in for Monday 28 December. I'll confirm the crew and arrival time by Thursday 10 December.

Regards,""",
    agreed=[("I'll confirm the crew and arrival time by Thursday 10 December.", "2026-12-10", "open")])

# =====================================================================================
# Wattle & Finch Advisory — new London office (Sophie)
# =====================================================================================

msg("W1", "2026-10-27 20:05", "bec", ["sophie"],
    subj="Cleaning for our new London office",
    body="""Hi Sophie,

G'day from Sydney! We're opening our first London office at 88 Great Eastern Street in early December (40 desks, 2 meeting rooms, a kitchen and 2 bathrooms, about 420 m²). A mate at Lendlease said you lot were good.

We'd need a daily clean from move-in, which is Monday 7 December. Could you send through a proposal? I'm in Sydney so email is best, but happy to jump on a Teams call at your morning / my evening.

Cheers,""",
    inbound=(True, "W2"))

msg("W2", "2026-10-27 11:10", "sophie", ["bec"], reply="W1",
    body="""Hi Bec,

Thanks so much for getting in touch — and congratulations on the London office! I'd love to help.

How about a Teams call on Thursday 29 October at 8am UK time (7pm Sydney)? I'll send an invite.

Best wishes,""",
    agreed=[("I'll send an invite.", None, "kept")])

msg("W3", "2026-11-03 16:30", "sophie", ["bec"], cc=["liam"],
    subj="Brightwell proposal – 88 Great Eastern Street",
    body="""Hi Bec, hi Liam,

Thanks for the call last week. As promised, please find attached our proposal for 88 Great Eastern Street: a daily clean Monday to Friday (2.5 hours each evening) and a weekly kitchen deep clean, consumables included, for £2,150 per month excluding VAT on a 12-month agreement, starting Monday 7 December.

Best wishes,""",
    att=["Brightwell_Proposal_WattleFinch_London.pdf"])

msg("W4", "2026-11-09 21:40", "bec", ["sophie"], cc=["liam"], reply="W3",
    body="""Hi Sophie,

Thanks for this — looks great. Only thing is, £2,150 is a touch over what we'd budgeted (we'd pencilled in £1,900). Any chance you could sharpen the pencil a bit?

Also, would you consider a 6-month initial term, given we're new to London?

Cheers,""",
    inbound=(True, "W6"))

msg("W5", "2026-11-10 12:30", "sophie", ["fiona"],
    subj="W&F – pricing",
    body="""Fiona, Wattle & Finch want £1,900 (we quoted £2,150) and 6 months. I'd like to offer £2,040 on 12 months or £2,150 on 6. OK?

S""", sig=False)

msg("W5b", "2026-11-10 13:02", "fiona", ["sophie"], reply="W5",
    body="""OK on both. Don't go below 2,040.

F""", sig=False)

msg("W6", "2026-11-11 09:50", "sophie", ["bec"], cc=["liam"], reply="W4",
    body="""Hi Bec,

Thanks — I've been through it with my manager. We can offer either £2,040 per month on a 12-month term, or £2,150 per month on a 6-month term. The specification stays the same either way.

Best wishes,""")

msg("W7", "2026-11-24 19:20", "bec", ["sophie"], cc=["liam"], reply="W6",
    body="""Hi Sophie,

Sorry for the radio silence — crazy few weeks. We'll go with £2,040 on the 12 months.

Liam is looking after the paperwork our end, so could you send the agreement to him?

Cheers,""",
    inbound=(True, "W8"))

msg("W8", "2026-11-26 10:15", "sophie", ["liam"], cc=["bec"],
    subj="Service agreement – Wattle & Finch – 88 Great Eastern Street",
    body="""Hi Liam,

Please find attached our service agreement for 88 Great Eastern Street: 12 months from 7 December 2026 at £2,040 per month excluding VAT (£24,480 per annum).

Let me know if you have any questions.

Best wishes,""",
    att=["Brightwell_Service_Agreement_SA-UK-2026-118_WattleFinch.pdf"])

msg("W9", "2026-12-03 14:02", "liam", ["sophie"], cc=["bec"], reply="W8",
    body="""Hi Sophie,

Our lawyer has had a look — just two small changes: clause 9 (notice period of 1 month rather than 3) and clause 11 (we'd like a copy of your public liability certificate each year). Marked-up version attached.

Could we get this signed before we move in on Monday?

Cheers,""",
    att=["SA-UK-2026-118_WF_markup.docx"],
    inbound=(True, "W10"))

msg("W10", "2026-12-04 10:30", "sophie", ["liam"], cc=["bec"], reply="W9",
    body="""Hi Liam,

Thanks — I'll get these past our legal team and send you a clean version on Wednesday 9 December. Clause 11 is fine; on clause 9 we may need to meet in the middle at 2 months.

In the meantime we're all set to start on Monday 7 December as planned.

Best wishes,""",
    agreed=[("Thanks — I'll get these past our legal team and send you a clean version on Wednesday 9 December.",
             "2026-12-09", "open")])

msg("W11", "2026-12-08 16:52", "liam", ["sophie"], reply="W10",
    subj="RE: Service agreement – Wattle & Finch – 88 Great Eastern Street",
    body="""Hi Sophie,

First clean went well last night, thanks! Building management have now given us a second fob for your team — where should I leave it? And could the cleaners empty the confidential waste console on Fridays?

Cheers,""",
    inbound=(True, None))

# =====================================================================================
# Verbrugge Logistics — warehouse at Dublin Port (Tom)
# =====================================================================================

msg("V1", "2026-11-10 10:12", "joost", ["tom"],
    subj="Request for offer cleaning and waste services Dublin Port",
    body="""Dear Mr. Hennessy,

Hereby I contact you on behalf of Verbrugge Logistics. We operate a warehouse at Dublin Port (Alexandra Road, 12.000 m2 warehouse and 800 m2 office and canteen) and our contract with the current supplier ends on 31 January.

We would like to receive an offer for:
- daily cleaning of office, canteen and sanitary
- weekly floor scrubbing of the warehouse (machine)
- waste segregation and management of the compactor

Is it possible to visit the site in week 47?""",
    inbound=(True, "V2"))

msg("V2", "2026-11-10 14:40", "tom", ["joost"], reply="V1",
    body="""Dear Joost,

Thank you for your enquiry. Week 47 is fine — would Wednesday 18 November at 10:00 suit?

Kind regards,""")

msg("V3", "2026-11-11 08:30", "joost", ["tom"], reply="V2",
    body="""Dear Tom,

Wednesday 18-11 at 10:00 is good. Please report at the gate at Alexandra Road, you need safety shoes and a hi-vis vest.""",
    inbound=(False, None))

msg("V4", "2026-11-19 09:15", "tom", ["joost"], reply="V3",
    body="""Dear Joost,

Thanks for the walk-round yesterday, very useful. I'll send you our proposal by Friday 4 December.

Kind regards,""",
    agreed=[("I'll send you our proposal by Friday 4 December.", "2026-12-04", "broken")])

msg("V5", "2026-11-20 10:05", "joost", ["tom"], reply="V4",
    body="""Dear Tom,

Okay, clear. Please include in the offer also the price for high level cleaning (racking and lights) 2 times per year.""",
    inbound=(False, None))

msg("V6", "2026-12-04 16:50", "tom", ["fiona"],
    subj="Verbrugge – slipping",
    body="""Fiona,

Heads-up: the Verbrugge proposal won't go today, I'm still waiting on the compactor lease figures from Greenway. Will get it out early next week.

T""", sig=False)

msg("V7", "2026-12-07 09:20", "joost", ["tom"], reply="V5",
    body="""Dear Tom,

I did not receive your offer yet, which was promised for last Friday. I must say I am a bit disappointed, as we have our management meeting on Friday 11 December where we have to decide.

Can you please send it latest Wednesday?""",
    inbound=(True, "call:c21"), complaint=True)

msg("V8", "2026-12-07 10:25", "tom", ["joost"], reply="V7",
    body="""Dear Joost,

Thanks for taking my call, and apologies again for the delay. As discussed, you will have our full offer, including the high-level cleaning twice a year, by Wednesday 9 December.

Kind regards,""",
    agreed=[("As discussed, you will have our full offer, including the high-level cleaning twice a year, by Wednesday 9 December.",
             "2026-12-09", "open")])

# =====================================================================================
# Calder Valley Medical Practice — web enquiry, quote, lost to the incumbent (Daniel)
# =====================================================================================

msg("C1", "2026-10-14 13:02", "website", ["sales"],
    subj="New enquiry from brightwellfs.co.uk – Healthcare cleaning",
    body="""A new enquiry has been submitted on www.brightwellfs.co.uk/contact

Name: Sandra Pickles
Organisation: Calder Valley Medical Practice
Email: sandra.pickles@caldervalleymedical.co.uk
Phone: 01422 365210
Service: Healthcare cleaning
Number of sites: 2 (Halifax, Sowerby Bridge)
Message: We are looking for a cleaning contractor who understands clinical areas ahead of our CQC inspection in the new year. Our current contract ends 31 December. Please call me.

Consent to contact: Yes""", sig=False,
    headers={"Reply-To": "Sandra Pickles <sandra.pickles@caldervalleymedical.co.uk>"},
    extra_to_mailbox=["fiona"])

msg("C2", "2026-10-14 13:20", "fiona", ["daniel"], fwd="C1",
    body="""Daniel — one for you. GP practice, two sites, wants a call.

F""", sig=False)

msg("C3", "2026-10-15 10:05", "daniel", ["sandra"],
    subj="Calder Valley Medical Practice – cleaning",
    body="""Dear Sandra,

Thank you for your time on the phone this morning. As discussed, I'll send you a quote for both surgeries by Friday.

Kind regards,""",
    agreed=[("As discussed, I'll send you a quote for both surgeries by Friday.", "2026-10-16", "kept")])

msg("C4", "2026-10-16 15:30", "daniel", ["sandra"], reply="C3",
    body="""Dear Sandra,

As promised, please find our quote attached: evening cleaning five days a week at Halifax and three at Sowerby Bridge, clinical rooms cleaned to the FR3 standard with colour-coded equipment, and a monthly audit.

The price is £2,760 per month excluding VAT (£33,120 per annum).

Kind regards,""",
    att=["Brightwell_Quote_CalderValleyMP.pdf"])

msg("C5", "2026-10-27 11:00", "daniel", ["sandra"], reply="C4",
    body="""Dear Sandra,

I hope the quote was useful. Do let me know if the partners have any questions — I'm happy to come over to Halifax to meet them.

Kind regards,""")

msg("C6", "2026-10-29 17:45", "sandra", ["daniel"], reply="C5",
    body="""Dear Daniel,

Thank you for the quote and for following up. The partners met yesterday and have decided to stay with our current contractor for another year, as they've agreed to match your price and add the clinical room standard.

I'm sorry it's not better news — thank you for your time.

Kind regards,""",
    inbound=(False, "C7"))

msg("C7", "2026-10-30 09:10", "daniel", ["sandra"], reply="C6",
    body="""Dear Sandra,

Thanks for letting me know, and no problem at all — I hope the inspection goes well. I'll be in touch next autumn before your renewal comes round.

Kind regards,""",
    agreed=[("I'll be in touch next autumn before your renewal comes round.", None, "open")])

# =====================================================================================
# Brannigan's Pharmacy Group — 12 stores (Tom)
# =====================================================================================

msg("B1", "2026-10-20 15:30", "orla", ["tom"],
    subj="Request for Quotation – Store Cleaning – 12 locations",
    body="""Dear Tom,

Further to our brief conversation at the IPU conference, I am writing to invite Brightwell Facility Services to quote for the cleaning of our 12 pharmacies. Please find the store list attached.

1. Scope: daily cleaning of the retail floor, dispensary, consultation room, staff areas and toilets.
2. Timing: cleaning must take place outside trading hours (most stores trade 09:00–19:00; four stores open on Sundays).
3. Dispensary: cleaning staff must not access the controlled-drug cabinets and must be supervised in the dispensary by a pharmacist or technician, or clean at opening.
4. Garda vetting for all staff.
5. Consumables: to be quoted separately.
6. Reporting: a monthly audit report per store.
7. Contract term: 24 months from 4 January 2027.
8. Quotations to be returned by Friday 6 November.

I would be grateful if you could acknowledge receipt.

Kind regards,""",
    att=["Brannigans_Store_List_Oct2026.xlsx"],
    inbound=(True, "B2"))

msg("B2", "2026-10-21 09:05", "tom", ["orla"], reply="B1",
    body="""Dear Orla,

Thank you — receipt acknowledged, and we're delighted to be asked.

I'll have our pricing back to you by Wednesday 4 November, ahead of your deadline. I'll give you a call on Friday to go through the Sunday stores.

Kind regards,""",
    agreed=[("I'll have our pricing back to you by Wednesday 4 November, ahead of your deadline.", "2026-11-04", "kept"),
            ("I'll give you a call on Friday to go through the Sunday stores.", "2026-10-23", "kept")])

msg("B3", "2026-11-04 16:45", "tom", ["orla"], reply="B2",
    subj="Quotation – Brannigan's Pharmacy – store cleaning",
    body="""Dear Orla,

Please find our quotation attached. In summary:

- daily cleaning of all 12 stores, with Sunday cleans at Dundrum, Swords, Cork Opera Lane and Galway Eyre Square: €96,600 per annum excluding VAT;
- consumables: €7,200 per annum, optional;
- a monthly audit report per store;
- all staff Garda vetted; dispensary cleans at opening, with your technician present.

Kind regards,""",
    att=["Brightwell_Quotation_Brannigans_12_Stores.pdf"])

msg("B4", "2026-11-12 08:02", "declan", ["tom"], reply="B3",
    body="""Tom, too dear. Got another quote at 84. Can you get near it?""",
    inbound=(True, "call:c10"))

msg("B5", "2026-11-13 10:10", "tom", ["declan"], cc=["orla"], reply="B4",
    body="""Declan,

Thanks for the chat this morning. As discussed, if we drop the Saturday deep clean in the four smaller stores (Clonakilty, Athlone, Naas and Mullingar), we can do €89,900 per annum.

I don't think the other quote includes the dispensary supervision — worth checking.

Tom""", sig=False)

msg("B6", "2026-11-20 16:10", "orla", ["tom"], cc=["declan"], reply="B5",
    body="""Dear Tom,

Thank you for your revised offer. We are happy to proceed at €89,900 per annum, subject to the following:

1. Payment terms of 30 days from the end of the month.
2. A monthly audit visit by your area supervisor, with a written report per store.
3. A start date of Monday 4 January 2027.
4. A 3-month notice period for either party after the first 12 months.

We'd ask that you send the draft contract for review by Friday 4 December.

Kind regards,""",
    inbound=(True, "B7"))

msg("B7", "2026-11-23 09:30", "tom", ["orla"], cc=["declan"], reply="B6",
    body="""Dear Orla,

Thanks Orla — all four points are fine with us. I'll send the draft contract by Friday 4 December.

Kind regards,""",
    agreed=[("I'll send the draft contract by Friday 4 December.", "2026-12-04", "kept")])

msg("B8", "2026-12-03 17:15", "tom", ["orla"], cc=["declan"],
    subj="Draft contract – Brannigan's Pharmacy Group",
    body="""Dear Orla,

Please find attached the draft services agreement, reflecting the four points in your letter of 20 November.

Kind regards,""",
    att=["Brightwell_Brannigans_Services_Agreement_DRAFT_v1.docx"])

msg("B9", "2026-12-07 12:40", "orla", ["tom"], reply="B8",
    body="""Dear Tom,

Thank you, received. Our solicitor is reviewing it and we will come back to you with any comments by Monday 14 December. We would like to have it signed before Christmas.

Kind regards,""",
    inbound=(False, "B10"),
    agreed=[("Our solicitor is reviewing it and we will come back to you with any comments by Monday 14 December.",
             "2026-12-14", "open")])

msg("B10", "2026-12-07 13:05", "tom", ["orla"], reply="B9",
    body="""Thanks Orla. I'll give you a call on Monday 14 December to go through any comments.

Kind regards,""",
    agreed=[("I'll give you a call on Monday 14 December to go through any comments.", "2026-12-14", "open")])

# =====================================================================================
# Oakridge Park — integrated soft FM, introduced by Meridian FM Advisory (Fiona)
# =====================================================================================

msg("O1", "2026-10-16 11:45", "stuart", ["fiona"], cc=["helen"],
    subj="Introduction – Oakridge Park, Warrington – soft FM",
    body="""Fiona,

Good to catch up at the BIFM lunch. As trailed, I'd like to introduce Helen Ashworth (cc), Estate Manager at Oakridge Park, Warrington.

Oakridge is six office buildings plus the Hub (reception, café, gym) — about 32,000 m² — and Helen is looking to bring cleaning, reception, waste and washroom services under one integrated soft FM contract from April 2027. Their budget is in the region of £380k per annum.

I've worked with Helen on the specification, which I'll send over separately this afternoon.

For good order, this introduction is on our usual terms (5% of first-year contract value, payable on signature).

Best,
Stuart""", sig=True,
    inbound=(True, "O3"),
    agreed=[("I've worked with Helen on the specification, which I'll send over separately this afternoon.",
             "2026-10-16", "kept")])

msg("O2", "2026-10-16 15:10", "stuart", ["fiona"], cc=["helen"], reply="O1",
    subj="Oakridge Park – soft FM specification",
    body="""Fiona — spec as promised. Helen's own version will follow when she's back from the board.

S""",
    att=["Oakridge_Park_Soft_FM_Specification_v2.pdf"],
    inbound=(False, None))

msg("O3", "2026-10-19 09:20", "fiona", ["stuart", "helen"], reply="O1",
    body="""Stuart, thank you for the introduction — and Helen, lovely to e-meet you.

We'd be very glad to help. Could we come and see the estate? Wednesday 28 October at 10:00 would work well for me, or any time that week.

Stuart, your terms are fine.

Best wishes,""")

msg("O4", "2026-10-19 14:10", "helen", ["fiona"], cc=["stuart"], reply="O3",
    body="""Hi Fiona,

Wednesday 28th at 10 is great — come to the Hub reception and ask for me.

Helen""",
    inbound=(False, None))

msg("O5", "2026-11-06 16:00", "fiona", ["helen"], cc=["stuart"],
    subj="Oakridge Park – integrated soft FM proposal",
    body="""Dear Helen,

Thank you again for showing us round. Please find attached our proposal for integrated soft FM at Oakridge Park from 1 April 2027: cleaning of all seven buildings, front-of-house reception at the Hub, waste management and washroom hygiene, with a single on-site Services Manager.

Our annual price is £372,800 excluding VAT on a three-year term, plus a one-off mobilisation charge of £14,000.

Kind regards,""",
    att=["Brightwell_Proposal_Oakridge_Park_Integrated_Soft_FM.pdf"])

msg("O6", "2026-11-16 12:30", "stuart", ["fiona"], reply="O5",
    body="""Fiona,

Helen's board liked it a lot. Between us, you're one of two.

Two asks from their side: (1) can you absorb the £14k mobilisation, and (2) they want a three-year term but with a break at 18 months. If you can move on both, I think it's yours.

S""",
    inbound=(True, "call:c12"))

msg("O7", "2026-11-19 10:00", "fiona", ["helen"], cc=["stuart"], reply="O5",
    subj="RE: Oakridge Park – integrated soft FM proposal",
    body="""Dear Helen,

Following Stuart's note and our conversation, we're happy to absorb the mobilisation cost, and to offer a break clause at 24 months (rather than 18), exercisable on six months' notice. The annual price stays at £372,800.

Kind regards,""")

msg("O8", "2026-11-30 14:45", "helen", ["fiona"], cc=["stuart"], reply="O7",
    body="""Hi Fiona,

Good news — the board has agreed to proceed with Brightwell in principle on those terms (the 24-month break is fine).

Could we meet to go through the contract heads of terms? Thursday 10 December at 10:00, here at the Hub?

Thanks,
Helen""",
    inbound=(True, "O9"))

msg("O9", "2026-12-01 08:40", "fiona", ["helen"], cc=["stuart"], reply="O8",
    body="""Hi Helen,

That's wonderful news — thank you. Thursday 10 December at 10:00 at the Hub is in the diary, and Gary Whitlock, our Operations Director, will join me.

I'll send our draft heads of terms through by Monday 7 December so you have them ahead of the meeting.

Best wishes,""",
    agreed=[("I'll send our draft heads of terms through by Monday 7 December so you have them ahead of the meeting.",
             "2026-12-07", "broken")])

msg("O10", "2026-12-01 08:52", "fiona", ["gary"],
    subj="Oakridge – Thu 10 Dec 10:00",
    body="""Gary — Oakridge have said yes in principle. Heads of terms meeting Thursday 10th at 10 at their Hub in Warrington. Can you come? I'll forward the invite.

F""", sig=False)

msg("O11", "2026-12-01 09:30", "gary", ["fiona"], reply="O10",
    body="""Yes, in. Great result.

G""", sig=False)

# =====================================================================================
# Kettlewell Interiors — three showrooms (Sophie)
# =====================================================================================

msg("K1", "2026-11-09 18:22", "mark", ["sophie"],
    subj="Cleaning quote",
    body="""Sophie - met your colleague Fiona at the Harrogate chamber breakfast. We've 3 showrooms (Harrogate, Leeds, York), about 1,500 m2 each. Current cleaner retiring at Christmas. Can you quote for 3 mornings a week each?

Mark Kettlewell
07700 900559""",
    inbound=(True, "K2"))

msg("K2", "2026-11-10 09:40", "sophie", ["mark"], reply="K1",
    body="""Hi Mark,

Thanks for getting in touch. Happy to quote.

Could you let me know the opening hours for each showroom, and whether you'd want window cleaning too? I can also pop up to Harrogate to see the showroom if that helps.

Best wishes,""")

msg("K3", "2026-11-10 12:15", "mark", ["sophie"], reply="K2",
    body="""Open 10-5.30 all 3, closed Mondays. No windows, landlord does them. Don't need a visit, floor plans attached.

M""",
    att=["Harrogate.pdf", "Leeds.pdf", "York.pdf"],
    inbound=(True, "K4"))

msg("K4", "2026-11-24 11:00", "sophie", ["mark"], reply="K3",
    subj="Kettlewell Interiors – cleaning quote for three showrooms",
    body="""Hi Mark,

Please find attached our quote for the three showrooms: cleaning three mornings a week (Tuesday, Thursday and Saturday, 07:30–09:30) at each site, including consumables and a monthly check by our area supervisor.

The price is £1,635 per month excluding VAT (£19,620 per annum), on a 12-month agreement from 4 January.

Best wishes,""",
    att=["Brightwell_Quote_Kettlewell_Interiors.pdf"])

msg("K5", "2026-12-03 10:15", "sophie", ["mark"], reply="K4",
    body="""Hi Mark,

Just checking the quote reached you OK, and whether you had any questions?

Best wishes,""")

msg("K6", "2026-12-04 07:10", "mark", ["sophie"], reply="K5",
    body="""Sophie - got it thanks. Still mulling. I'm in Spain til the 13th, can we talk on the 14th?

M""",
    inbound=(True, "K7"))

msg("K7", "2026-12-04 09:00", "sophie", ["mark"], reply="K6",
    body="""Of course — enjoy Spain! I'll call you on Monday 14th.

Best wishes,""",
    agreed=[("I'll call you on Monday 14th.", "2026-12-14", "open")])

# =====================================================================================
# Kaufmann Optik — nine UK stores; offer, then postponed (Sophie)
# =====================================================================================

msg("G1", "2026-10-22 09:30", "katrin", ["sophie"],
    subj="Request for Quotation – cleaning of UK stores (9 locations)",
    body="""Dear Ms. Marsh,

Kaufmann Optik operates 9 stores in the UK (list attached). Our current cleaning contract expires 31 March 2027.

We ask you for an offer for the regular cleaning of these stores according to the attached specification. Please fill in also the attached supplier questionnaire.

The deadline for offers is 6 November 2026. For questions please contact me by e-mail.""",
    att=["Kaufmann_Optik_UK_Filialliste.xlsx", "Leistungsverzeichnis_Reinigung_UK_EN.pdf",
         "Lieferantenfragebogen_Reinigung.xlsx"],
    inbound=(True, "G2"))

msg("G2", "2026-10-22 14:05", "sophie", ["katrin"], reply="G1",
    body="""Dear Ms Vogel,

Thank you for the invitation. We will be pleased to submit an offer, together with the completed supplier questionnaire, by 6 November.

Kind regards,""",
    agreed=[("We will be pleased to submit an offer, together with the completed supplier questionnaire, by 6 November.",
             "2026-11-06", "kept")])

msg("G3", "2026-11-02 15:20", "sophie", ["katrin"], reply="G2",
    body="""Dear Ms Vogel,

Please find attached our offer for the cleaning of your nine UK stores, together with the completed supplier questionnaire.

The annual price is £64,900 excluding VAT, for cleaning six days per week before opening, including consumables. The offer is valid for 120 days.

Kind regards,""",
    att=["Brightwell_Offer_Kaufmann_Optik_UK.pdf", "Lieferantenfragebogen_Reinigung_Brightwell.xlsx"])

msg("G4", "2026-11-02 16:21", "katrin", ["sophie"], reply="G3", quote=False, auto=True,
    subj="Automatische Antwort: RE: Request for Quotation – cleaning of UK stores (9 locations)",
    body="""Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 4. November nicht im Büro. In dringenden Fällen wenden Sie sich bitte an einkauf@kaufmann-optik.de.

Thank you for your message. I am out of office until 4 November included. In urgent cases please contact einkauf@kaufmann-optik.de.

Katrin Vogel""", sig=False,
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

msg("G5", "2026-11-10 11:05", "katrin", ["sophie"], reply="G3",
    body="""Dear Ms. Marsh,

thank you for the offer. We would like to discuss it in a Teams call together with our UK area manager, Mr. Brandt. I will send you an invitation for 15 December, 10:00 UK time.""",
    inbound=(False, "G6"),
    agreed=[("I will send you an invitation for 15 December, 10:00 UK time.", None, "kept")])

msg("G6", "2026-11-10 10:30", "sophie", ["katrin"], reply="G5",
    body="""Dear Ms Vogel,

Thank you — I have accepted the invitation and look forward to speaking with you and Mr Brandt.

Kind regards,""")

msg("G7", "2026-11-19 11:10", "katrin", ["sophie"], reply="G6",
    body="""Dear Ms. Marsh,

thank you for your patience. Unfortunately I must inform you that the project is postponed. Due to a budget freeze for our UK business, the decision about the cleaning contract will be taken in Q2 2027, and the current contract will be extended until then.

We will contact you again in April 2027. The call on 15 December I therefore cancel.""",
    inbound=(False, "G8"),
    agreed=[("We will contact you again in April 2027.", None, "open")])

msg("G8", "2026-11-19 14:30", "sophie", ["katrin"], reply="G7",
    body="""Dear Ms Vogel,

Thank you for letting me know — I quite understand. I'll be in touch in the spring, and our offer can of course be refreshed then.

Kind regards,""",
    agreed=[("I'll be in touch in the spring, and our offer can of course be refreshed then.", None, "open")])

# =====================================================================================
# Ravensworth Hospital (Southern Cross Health Group) — benchmarking, then a group RFP (Daniel)
# =====================================================================================

msg("R1", "2026-11-16 13:10", "gemma", ["daniel"],
    subj="Clinical cleaning – Ravensworth Hospital",
    body="""Dear Daniel,

Karen Whitfield at MCHT gave me your name.

We're a 52-bed private hospital in Harrogate with three theatres and an endoscopy suite. Our cleaning contract runs to 31 March 2027 and I want to benchmark before we decide whether to extend or go out to tender.

Would you be able to visit and talk through how you'd approach theatres and endoscopy?

Kind regards,""",
    inbound=(True, "R2"))

msg("R2", "2026-11-17 08:55", "daniel", ["gemma"], reply="R1",
    body="""Dear Gemma,

Thank you — and thanks to Karen for the recommendation. I'd be glad to.

I'll call you tomorrow morning to find a date.

Kind regards,""",
    agreed=[("I'll call you tomorrow morning to find a date.", "2026-11-18", "kept")])

msg("R3", "2026-11-27 13:15", "andrew", ["daniel"], cc=["gemma"],
    subj="Ravensworth Hospital – cleaning services – procurement process",
    body="""Dear Daniel,

Gemma has briefed me on your visit on Wednesday, thanks for making the trip.

For transparency: any proposal for support services at Ravensworth needs to go through Southern Cross Health Group's RFP process, which we run on our SupplierLink portal. I'll issue the RFP for Ravensworth cleaning services by Thursday 3 December.

Could you please make sure Brightwell is registered on SupplierLink (supplierlink.sxhealth.com.au) by Wednesday 2 December?

Regards,""",
    inbound=(True, "R4"),
    agreed=[("I'll issue the RFP for Ravensworth cleaning services by Thursday 3 December.", "2026-12-03", "kept")])

msg("R4", "2026-11-30 09:35", "daniel", ["andrew"], cc=["gemma"], reply="R3",
    body="""Dear Andrew,

Thanks for the heads-up. Brightwell is now registered on SupplierLink (supplier no. SL-0048817).

Kind regards,""")

msg("R5", "2026-12-03 19:40", "andrew", ["daniel"], cc=["gemma"], reply="R4",
    body="""Dear Daniel,

The RFP (SXH-RFP-0931, Ravensworth Hospital – Cleaning Services) has been issued on SupplierLink. Responses are due 15 January 2027.

I'd suggest a short clarification call with Gemma and me — I've sent an invite for Wednesday 9 December, 9:00 pm Melbourne / 10:00 am UK.

Regards,""",
    inbound=(True, "R6"))

msg("R6", "2026-12-03 09:15", "daniel", ["andrew"], cc=["gemma"], reply="R5",
    body="""Thanks Andrew — received, and I've accepted the invite for Wednesday.

Kind regards,""")

msg("R7", "2026-12-04 14:20", "gemma", ["daniel"], reply="R6",
    subj="RE: Ravensworth Hospital – cleaning services – procurement process",
    body="""Hi Daniel,

Before Wednesday's call, could you send me a couple of example theatre audit reports (anonymised is fine)? It would help me brief Andrew.

Thanks,
Gemma""", sig=False,
    inbound=(True, None))

# =====================================================================================
# Sundaram Biologics UK — first enquiry only (Priya)
# =====================================================================================

msg("U1", "2026-12-02 10:40", "lakshmi", ["priya"],
    subj="Enquiry – cleanroom cleaning services, Cambridge facility",
    body="""Dear Ms. Raman,

Sundaram Biologics is commissioning a new GMP facility at Cambridge Science Park (Grade C and D cleanrooms, approx. 650 m², plus QC laboratories). We require a specialist cleaning contractor from March 2027.

Your name was given by Kingsway Data Park. Kindly share your company credentials, relevant experience in GMP environments and indicative approach.""",
    inbound=(True, "U2"))

msg("U2", "2026-12-03 11:20", "priya", ["lakshmi"], reply="U1",
    body="""Dear Dr Narayanan,

Thank you for your enquiry. Please find attached our credentials for critical environments, including our work in ISO Class 7 and 8 cleanrooms and data centres.

To understand your requirements better, I'll give you a call on Thursday 10 December at 10:00, if that time works for you.

Kind regards,""",
    att=["Brightwell_Critical_Environments_Credentials_2026.pdf"],
    agreed=[("To understand your requirements better, I'll give you a call on Thursday 10 December at 10:00, if that time works for you.",
             "2026-12-10", "open")])

# =====================================================================================
# Dr Aoife Kinsella — new dental practice, writes from gmail (Tom)
# =====================================================================================

msg("D1", "2026-11-23 20:40", "aoife", ["tom"],
    subj="Cleaning for new dental practice – Ranelagh",
    body="""Hi Tom,

I'm opening a new dental practice in Ranelagh in January (3 surgeries, a decontamination room, reception and a waiting area). I'm looking for a cleaning company that understands clinical cleaning and decontamination areas.

Could you give me a call tomorrow?

Thanks,
Aoife""",
    inbound=(True, "call:c16"))

msg("D2", "2026-11-24 12:55", "tom", ["aoife"], reply="D1",
    body="""Hi Aoife,

Great to talk to you earlier. As promised, I'll send you a price by Friday.

Regards,""",
    agreed=[("As promised, I'll send you a price by Friday.", "2026-11-27", "kept")])

msg("D3", "2026-11-27 15:10", "tom", ["aoife"], reply="D2",
    body="""Hi Aoife,

Please find our price attached: evening cleaning Monday to Saturday, with the surgeries cleaned to a clinical standard (not the decontamination equipment itself), on a 12-month agreement from 11 January.

The price is €1,150 per month plus VAT (€13,800 per annum).

Regards,""",
    att=["Brightwell_Quote_Ranelagh_Dental.pdf"])

msg("D4", "2026-12-01 21:05", "aoife", ["tom"], reply="D3",
    body="""Thanks Tom, that's helpful. I have one more quote coming in and will decide by mid-December.

Aoife""",
    inbound=(False, None),
    agreed=[("I have one more quote coming in and will decide by mid-December.", None, "open")])

# =====================================================================================
# Hollins & Webb Architects — quick win by phone (Sophie)
# =====================================================================================

msg("HW1", "2026-11-02 11:00", "sophie", ["james"],
    subj="Office cleaning – Hope Mill",
    body="""Hi James,

Lovely to speak to you this morning. As promised, I'll send a quote over by Thursday — could you send me the floor plan in the meantime?

Best wishes,""",
    agreed=[("As promised, I'll send a quote over by Thursday — could you send me the floor plan in the meantime?",
             "2026-11-05", "kept")])

msg("HW2", "2026-11-02 13:40", "james", ["sophie"], reply="HW1",
    body="""Floor plan attached. We're at Hope Mill, Ancoats, 2nd and 3rd floors.

J""",
    att=["HopeMill_L2-L3_plan.pdf"],
    inbound=(False, None))

msg("HW3", "2026-11-05 14:30", "sophie", ["james"], reply="HW2",
    body="""Hi James,

Please find attached our quote: evening cleaning five days a week, 2 hours per evening across both floors, consumables included — £1,680 per month excluding VAT (£20,160 per annum), on a 12-month agreement. We could start on Monday 16 November.

Best wishes,""",
    att=["Brightwell_Quote_HollinsWebb.pdf"])

msg("HW4", "2026-11-09 15:10", "sophie", ["james"], reply="HW3",
    body="""Hi James,

Thanks for the call. As agreed: £1,650 per month (£19,800 per annum) on a 12-month agreement, starting Monday 16 November.

The agreement will come to you through DocuSign this afternoon.

Best wishes,""",
    agreed=[("The agreement will come to you through DocuSign this afternoon.", "2026-11-09", "kept")])

msg("HW5", "2026-11-10 09:12", "docusign", ["sophie"],
    subj="Completed: Please DocuSign: Brightwell Service Agreement – Hollins & Webb Architects",
    body="""All parties have completed Please DocuSign: Brightwell Service Agreement – Hollins & Webb Architects.

James Webb (james@hollinswebb.co.uk) signed on 10/11/2026 09:11:48.
Sophie Marsh (sophie.marsh@brightwellfs.co.uk) sent on 09/11/2026 16:02:10.

VIEW COMPLETED DOCUMENT

Do Not Share This Email
This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.""",
    sig=False, att=["Brightwell_Service_Agreement_HollinsWebb_completed.pdf"])

msg("HW6", "2026-11-20 17:30", "james", ["sophie"],
    subj="Cleaning – first two weeks",
    body="""Sophie — first two weeks have been spot on. One thing: can the cleaners avoid the model-making room (3.04)? Too many tiny bits that look like rubbish!

J""",
    inbound=(True, "HW7"))

msg("HW7", "2026-11-23 08:45", "sophie", ["james"], reply="HW6",
    body="""Hi James,

Glad it's going well! I've let the team know — room 3.04 is off the list, and the supervisor is putting a sign on the door.

Best wishes,""")

# =====================================================================================
# Tallis Colocation — one-off sub-floor clean; blunt decline (Priya)
# =====================================================================================

msg("X1", "2026-10-12 16:40", "neil", ["priya"],
    subj="Sub-floor clean – Data Hall A",
    body="""Priya,

We met at DCW in March. We need a quote for a one-off sub-floor and ceiling void clean of Data Hall A (1,100 m²) before a customer audit in late November.

Neil""",
    inbound=(True, "X2"))

msg("X2", "2026-10-13 09:25", "priya", ["neil"], reply="X1",
    body="""Hi Neil,

Great to hear from you. Could our technical supervisor come and look at Data Hall A this week — Thursday or Friday?

Kind regards,""")

msg("X3", "2026-10-13 11:02", "neil", ["priya"], reply="X2",
    body="""Friday 10am. Ask for Dev at security.

N""", sig=False,
    inbound=(False, None))

msg("X4", "2026-10-21 14:15", "priya", ["neil"], reply="X3",
    subj="Tallis Colocation – Data Hall A sub-floor and ceiling void clean – quotation",
    body="""Hi Neil,

Thanks for having us on Friday. Please find attached our quotation for the one-off sub-floor and ceiling void clean of Data Hall A: £18,750 excluding VAT, over three night shifts, including an ISO 14644-1 particle count before and after.

Kind regards,""",
    att=["Brightwell_Quote_Tallis_DHA_Subfloor.pdf"])

msg("X5", "2026-11-02 09:00", "priya", ["neil"], reply="X4",
    body="""Hi Neil,

Just checking in on the quote for Data Hall A — to hit your late-November audit we'd need to book the night shifts by 13 November.

Kind regards,""")

msg("X6", "2026-11-09 18:02", "neil", ["priya"], reply="X5",
    body="""Priya, not interested at that price, we've gone elsewhere. Take us off your list please.

Neil""", sig=False,
    inbound=(False, "X7"))

msg("X7", "2026-11-10 08:30", "priya", ["neil"], reply="X6",
    body="""Understood, Neil — thanks for letting me know, and good luck with the audit.

Priya""", sig=False)

# =====================================================================================
# Not negotiations: newsletters, cold senders, supplier notices, auto-replies, thanks, internal
# =====================================================================================

msg("NL1", "2026-10-15 07:00", "fminsight", ["daniel"],
    subj="FM Insight Weekly: NHS cleanliness standards – one year of star ratings",
    body="""FM INSIGHT WEEKLY | 15 October 2026

NHS cleanliness standards: what one year of star ratings has taught us
Trusts that publish their star ratings on ward doors report fewer complaints, but the cost of efficacy audits is landing on contractors.

Also this week:
- Living wage: the new rates from April and what they mean for your contracts
- Robotics in retail cleaning: hype or help?
- Appointments: who moved where

Read online | Manage preferences | Unsubscribe""", sig=False,
    headers={"List-Unsubscribe": "<https://fminsight.co.uk/u/8f2a91>", "Precedence": "bulk"})

msg("NL2", "2026-10-20 08:15", "cleanshow", ["sophie"],
    subj="Early-bird stands for The Cleaning Show 2027 – 20% off until 30 November",
    body="""The Cleaning Show 2027 | ExCeL London | 9–11 March 2027

Book your stand before 30 November and save 20%.

Meet 8,000 buyers from facilities management, healthcare, hospitality and retail.

Book now | View floor plan | Unsubscribe""", sig=False,
    headers={"List-Unsubscribe": "<https://thecleaningshow-events.co.uk/unsub?e=sm>", "Precedence": "bulk"})

msg("NL3", "2026-11-24 06:30", "tenderwatch", ["daniel"],
    subj="3 new tenders match your alert 'cleaning services'",
    body="""TenderWatch – daily alert

1. Cleaning Services for Civic Buildings – Metropolitan Borough Council – closes 08/01/2027
2. Domestic Services, Community Hospitals – NHS Trust (North West) – closes 15/01/2027
3. Window Cleaning Framework – Housing Association – closes 18/12/2026

View all results | Edit alert | Unsubscribe""", sig=False,
    headers={"List-Unsubscribe": "<https://tenderwatch.co.uk/alerts/unsub/22817>", "Precedence": "bulk"})

msg("NL4", "2026-12-01 07:00", "fminsight", ["priya"],
    subj="FM Insight Weekly: data centre boom – who will clean the halls?",
    body="""FM INSIGHT WEEKLY | 1 December 2026

Data centre boom: who will clean the halls?
Slough, Park Royal and Dublin are short of technicians trained for sub-floor work.

Also this week:
- TUPE and the new employment rights rules
- Case study: integrated soft FM on a business park

Read online | Manage preferences | Unsubscribe""", sig=False,
    headers={"List-Unsubscribe": "<https://fminsight.co.uk/u/c1d007>", "Precedence": "bulk"})

msg("P1", "2026-11-27 11:00", "prochem", ["fiona"],
    subj="Price adjustment notice – effective 1 January 2027",
    body="""Dear Customer,

Account: BRIG001 – Brightwell Facility Services Ltd

Due to continued increases in raw material and haulage costs, prices across our chemical and paper ranges will increase by an average of 4.5% from 1 January 2027. Your updated price file is attached.

Orders placed before 31 December 2026 will be invoiced at current prices.

ProChem Supplies – Customer Accounts""", sig=False,
    att=["BRIG001_price_file_2027.xlsx"])

msg("P2", "2026-11-27 14:20", "fiona", ["daniel", "priya", "tom", "sophie"], fwd="P1",
    body="""All — FYI, consumables up 4.5% from January. Please build it into anything you quote from today that includes consumables, and flag any live quotes where it matters (Kettlewell, Kaufmann).

F""", sig=False)

msg("CS1", "2026-10-21 10:02", "ollie", ["fiona"],
    subj="Quick question, Fiona",
    body="""Hi Fiona,

I noticed Brightwell is growing in healthcare and education. We help FM companies book 10–15 qualified meetings a month with estates directors.

Worth a 15-minute chat next week?

Ollie""")

msg("CS2", "2026-10-28 09:47", "ollie", ["fiona"], reply="CS1",
    body="""Hi Fiona, bumping this to the top of your inbox in case it got buried. Would Thursday work?

Ollie""")

msg("CS3", "2026-11-03 13:15", "workwear", ["sophie"],
    subj="Hi-vis & tabards – 20% off for contract cleaners this month",
    body="""Kit out your cleaning teams for winter.

20% off tabards, tunics and hi-vis with code CLEAN20 until 30 November.

Shop now | Unsubscribe""", sig=False,
    headers={"List-Unsubscribe": "<https://workwearpro-direct.co.uk/unsubscribe>", "Precedence": "bulk"})

msg("CS4", "2026-11-25 15:30", "karl", ["priya"],
    subj="Autonomous floor scrubbers – demo in Manchester?",
    body="""Hello Priya,

I saw your talk at Data Centre World. Our autonomous scrubber-dryers are already used by two colocation operators in Dublin to cut night-shift hours by 30%.

We will be in Manchester on 14–15 January with a demo unit. Would you like to book a slot?

Best regards,""")

# a prospect Sophie wrote to first: only an auto-reply and nothing else
msg("LM1", "2026-11-12 10:10", "sophie", ["marcus"],
    subj="Cleaning for Lumen Hotels Manchester",
    body="""Dear Marcus,

I'm the business development executive at Brightwell, a Manchester contract cleaning company. We look after several hotels and serviced apartments in the city, and I'd love to show you what we could do at Lumen Piccadilly.

Would you be open to a short call?

Kind regards,""")

msg("LM2", "2026-11-12 10:11", "marcus", ["sophie"], reply="LM1", quote=False, auto=True,
    subj="Automatic reply: Cleaning for Lumen Hotels Manchester",
    body="""Thank you for your email. Marcus Reid has now left Lumen Hotels. For facilities enquiries please contact facilities@lumenhotels.co.uk.""",
    sig=False, headers={"Auto-Submitted": "auto-replied"})

msg("LM3", "2026-11-13 09:05", "sophie", ["lumenfm"],
    subj="Cleaning for Lumen Hotels Manchester",
    body="""Dear Facilities team,

I had written to Marcus Reid, and his auto-reply pointed me to you. I'm the business development executive at Brightwell, a Manchester contract cleaning company, and I'd love to show you what we could do at Lumen Piccadilly.

Would you be open to a short call?

Kind regards,""")

msg("LM4", "2026-11-13 09:07", "daemon", ["sophie"], reply="LM3", quote=False, auto=True,
    subj="Undeliverable: Cleaning for Lumen Hotels Manchester",
    body="""Delivery has failed to these recipients or groups:

facilities@lumenhotels.co.uk
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.

Diagnostic information for administrators:
Remote server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'""", sig=False,
    headers={"Auto-Submitted": "auto-replied"})

msg("TH1", "2026-12-04 16:45", "bernie", ["fiona"],
    subj="Thank you!",
    body="""Fiona, thank you so much for the hamper — the management suite demolished the mince pies in about ten minutes! Have a lovely Christmas. Bernie""",
    sig=False, inbound=(False, None))

# internal pipeline mails
msg("INT1", "2026-10-30 16:30", "fiona", ["daniel", "priya", "tom", "sophie"],
    subj="Pipeline – end of October",
    body="""Hi all,

Quick one before the weekend. Please update the pipeline sheet by Monday lunchtime, in particular:
- Daniel: Northmoor (ITT return 20/11), MCHT call-off (proposal due 6/11)
- Priya: Halden (submitted today?), Infosphere contract
- Tom: Brannigan's (quote due 4/11), Harbour & Quay start
- Sophie: Al Noor, Kaufmann, Wattle & Finch

Thanks,
F""", sig=False)

msg("INT2", "2026-12-07 17:10", "fiona", ["daniel", "priya", "tom", "sophie"],
    subj="Q4 review Monday 14th",
    body="""Hi all,

Reminder that the Q4 pipeline review is Monday 14 December, 9:30, boardroom / Teams. Please come with your December close list and anything slipping into January.

Tom, Verbrugge goes out by Wednesday, please.

F""", sig=False)

msg("INT3", "2026-12-07 17:25", "tom", ["fiona"], reply="INT2",
    body="""Will do — Greenway figures came in this afternoon, it's nearly there.

T""", sig=False)


# =====================================================================================
# Calendar events (one VEVENT per file; a shared event is in each participant's calendar)
# =====================================================================================
# tz: the TZID the event is written in. status: CONFIRMED / CANCELLED.

EVENTS = [
    dict(uid="040000008200E00074C5B7101A82E00800000000B0E1A43B7D5FDC01000000000000000010000000D1A4C3F8E2A94C4FB5B6E2B1A1C7D001",
         cal=["daniel"], organizer="daniel", attendees=["gary", "rachel"],
         start="2026-10-21 10:00", end="2026-10-21 12:00", tz="Europe/London",
         summary="Northmoor Uni – ITT NU-EST-2026-114 mandatory site visit",
         location="Estates Reception, Castell Building, Northmoor University",
         description="Mandatory site visit. Bring ID. Daniel + Gary.", created="2026-10-14 09:35"),
    dict(uid="tallis-dha-survey-20261016@brightwellfs.co.uk",
         cal=["priya"], organizer="priya", attendees=["neil", "gary"],
         start="2026-10-16 10:00", end="2026-10-16 11:00", tz="Europe/London",
         summary="Tallis Colo – Data Hall A survey (sub-floor / ceiling void)",
         location="Tallis Colocation, Docklands – ask for Dev at security",
         description="", created="2026-10-13 11:10"),
    dict(uid="040000008200E00074C5B7101A82E00800000000C1F6D4917F5FDC01000000000000000010000000A93E0C55D1C04E2B8D3D7E5B7B1F2A02",
         cal=["priya"], organizer="priya", attendees=["craig", "gary"],
         start="2026-10-22 09:30", end="2026-10-22 12:30", tz="Europe/London",
         summary="Halden SLG1 – site survey (RFP HDC-PR-2026-0457)",
         location="Halden DataCore SLG1, Slough", description="Data Halls 1-3 + sub-floor. PPE, photo ID.",
         created="2026-10-15 14:40"),
    dict(uid="040000008200E00074C5B7101A82E008000000004E4B1C2A7E5FDC0100000000000000001000000077C2E1A9F0B34B6C9D0E1F2A3B4C5D03",
         cal=["tom"], organizer="tom", attendees=["niamh"],
         start="2026-10-15 16:00", end="2026-10-15 16:45", tz="GMT Standard Time",
         summary="Harbour & Quay – site visit",
         location="31 Fitzwilliam Square, Dublin 2", description="", created="2026-10-12 11:35"),
    dict(uid="040000008200E00074C5B7101A82E00800000000D2A7E5A28A5FDC01000000000000000010000000B1C2D3E4F5A6478899AABBCCDDEEFF04",
         cal=["daniel"], organizer="daniel", attendees=["karen"],
         start="2026-10-27 10:00", end="2026-10-27 15:00", tz="Europe/London",
         summary="MCHT site walk – Ashby CH, then Coalville CH (CFS-214 Lot 3)",
         location="Ashby Community Hospital, main reception", description="Karen Whitfield. Coalville after lunch.",
         created="2026-10-20 16:05"),
    dict(uid="040000008200E00074C5B7101A82E00800000000E3B8F6B39B5FDC01000000000000000010000000C2D3E4F5A6B7489900AABBCCDDEEFF05",
         cal=["fiona"], organizer="fiona", attendees=["helen", "stuart"],
         start="2026-10-28 10:00", end="2026-10-28 12:00", tz="Europe/London",
         summary="Oakridge Park – estate walk with Helen Ashworth (Meridian intro)",
         location="The Hub, Oakridge Park, Warrington", description="", created="2026-10-19 14:20"),
    dict(uid="040000008200E00074C5B7101A82E00800000000F4C907C4AC5FDC01000000000000000010000000D3E4F5A6B7C8499A11BBCCDDEEFF0006",
         cal=["sophie"], organizer="sophie", attendees=["bec", "liam"],
         start="2026-10-29 08:00", end="2026-10-29 08:30", tz="Europe/London",
         summary="Wattle & Finch / Brightwell – London office cleaning (Teams)",
         location="Microsoft Teams Meeting", description="Join on your computer or mobile app. Meeting ID: 381 442 907 15",
         created="2026-10-27 11:15"),
    dict(uid="040000008200E00074C5B7101A82E0080000000015DA18D5BD5FDC01000000000000000010000000E4F5A6B7C8D94AAB22CCDDEEFF001107",
         cal=["priya"], organizer="priya", attendees=["anita", "leanne"],
         start="2026-11-17 11:00", end="2026-11-17 12:00", tz="Europe/London",
         summary="Infosphere – mobilisation meeting (Reading)",
         location="Infosphere, Thames Valley Park, Reading", description="Start 1 Dec: keys, alarm, induction.",
         created="2026-11-11 09:40"),
    dict(uid="040000008200E00074C5B7101A82E0080000000026EB29E6CE5FDC01000000000000000010000000F5A6B7C8D9EA4BBC33DDEEFF00112208",
         cal=["tom"], organizer="tom", attendees=["joost"],
         start="2026-11-18 10:00", end="2026-11-18 11:30", tz="GMT Standard Time",
         summary="Verbrugge Logistics – site visit Dublin Port",
         location="Verbrugge Logistics, Alexandra Road, Dublin Port (gate) – safety shoes + hi-vis",
         description="", created="2026-11-11 08:45"),
    dict(uid="040000008200E00074C5B7101A82E0080000000037FC3AF7DF5FDC01000000000000000010000000A6B7C8D9EAFB4CCD44EEFF0011223309",
         cal=["daniel"], organizer="daniel", attendees=["gemma"],
         start="2026-11-25 10:00", end="2026-11-25 12:00", tz="Europe/London",
         summary="Ravensworth Hospital – site visit (theatres, endoscopy)",
         location="Ravensworth Hospital, Otley Road, Harrogate", description="", created="2026-11-18 09:45"),
    dict(uid="AAMkADRmYzE4ZDQ3LTk0NmYtNDc0Ni05OGU0LTZkY2E3NTBlNDE0OQBGAAAAAAB7x2KfQ5RBT6nZ4j9k8lUpBwC1vC",
         cal=["sophie"], organizer="katrin", attendees=["sophie", ("Jonas Brandt", "jonas.brandt@kaufmann-optik.de")],
         start="2026-12-15 11:00", end="2026-12-15 11:45", tz="Europe/Berlin",
         summary="Kaufmann Optik – Angebot Reinigung UK / offer discussion",
         location="Microsoft Teams-Besprechung", description="", status="CANCELLED", sequence=1,
         created="2026-11-10 11:08"),
    dict(uid="8c1f3e2a-5b7d-4e9a-a1c2-0d6f9b3e7a41",
         cal=["daniel"], organizer="andrew", attendees=["daniel", "gemma"],
         start="2026-12-09 21:00", end="2026-12-09 21:45", tz="Australia/Melbourne",
         summary="SXH-RFP-0931 Ravensworth Hospital – clarification call",
         location="Microsoft Teams Meeting", description="", created="2026-12-03 19:35"),
    dict(uid="040000008200E00074C5B7101A82E00800000000480D4B08F05FDC01000000000000000010000000B7C8D9EAFB0C4DDE55FF00112233440A",
         cal=["priya"], organizer="priya", attendees=["anita"],
         start="2026-12-09 14:00", end="2026-12-09 15:00", tz="Europe/London",
         summary="Infosphere Reading – window survey (quarterly window cleaning quote)",
         location="Infosphere, Thames Valley Park, Reading – Tower B reception",
         description="Periodic services supervisor to measure up.", created="2026-12-04 11:25"),
    dict(uid="040000008200E00074C5B7101A82E00800000000591E5C19015FDC01000000000000000010000000C8D9EAFB0C1D4EEF66001122334455B",
         cal=["daniel", "fiona"], organizer="daniel", attendees=["fiona", "gary"],
         start="2026-12-09 16:00", end="2026-12-09 17:30", tz="Europe/London",
         summary="Northmoor presentation – dry run",
         location="Boardroom, Brightwell House", description="v4 deck. Marcus to run his section twice.",
         created="2026-12-03 12:30"),
    dict(uid="b7e3c90a2f1d4c59@northmoor.ac.uk",
         cal=["daniel", "fiona"], organizer="rachel", attendees=["daniel", "fiona", "gary"],
         start="2026-12-10 14:00", end="2026-12-10 15:30", tz="Europe/London",
         summary="NU-EST-2026-114 – clarification presentation – Brightwell Facility Services",
         location="Room 2.14, Hallam Building, Northmoor University", description="", created="2026-11-27 15:25"),
    dict(uid="040000008200E00074C5B7101A82E008000000006A2F6D2A125FDC01000000000000000010000000D9EAFB0C1D2E4F0077112233445566C",
         cal=["fiona"], organizer="helen", attendees=["fiona", "gary", "stuart"],
         start="2026-12-10 10:00", end="2026-12-10 11:30", tz="Europe/London",
         summary="Oakridge Park / Brightwell – contract heads of terms",
         location="The Hub, Oakridge Park, Warrington", description="", created="2026-12-01 08:45"),
    dict(uid="040000008200E00074C5B7101A82E008000000007B307E3B235FDC01000000000000000010000000EAFB0C1D2E3F40118822334455667D",
         cal=["fiona", "daniel", "priya", "tom", "sophie"], organizer="fiona",
         attendees=["daniel", "priya", "tom", "sophie"],
         start="2026-12-14 09:30", end="2026-12-14 11:30", tz="Europe/London",
         summary="Q4 pipeline review", location="Boardroom, Brightwell House / Teams",
         description="December close list and slippage.", created="2026-11-30 08:00"),
    dict(uid="040000008200E00074C5B7101A82E008000000008C418F4C345FDC01000000000000000010000000FB0C1D2E3F4051229933445566778E",
         cal=["fiona", "daniel", "priya", "tom", "sophie"], organizer="fiona",
         attendees=["daniel", "priya", "tom", "sophie"],
         start="2026-11-02 09:30", end="2026-11-02 10:30", tz="Europe/London",
         summary="Monthly sales meeting – November", location="Boardroom, Brightwell House / Teams",
         description="", created="2026-10-26 08:00"),
    dict(uid="040000008200E00074C5B7101A82E008000000009D52905D455FDC010000000000000000100000000C1D2E3F4051623300AA5566778899F",
         cal=["sophie"], organizer="sophie", attendees=["liam"],
         start="2026-12-07 17:30", end="2026-12-07 18:30", tz="Europe/London",
         summary="Wattle & Finch – handover and first clean",
         location="88 Great Eastern Street, London EC2A 3JL", description="Meet Liam + supervisor. Keys from building mgmt.",
         created="2026-12-04 10:40"),
]

# =====================================================================================
# Call log (cloud PBX export). Rows in this order; row 2 is the first.
# =====================================================================================
# party: a person key, or a raw number for an unknown caller. result: Answered / Missed / No Answer / Voicemail

CALLS = [
    dict(key="c02", when="2026-10-14 14:35:10", mgr="sophie", dir="Outbound", party="imran", number="07700900318",
         result="Answered", talk="00:09:02", note="6 stores, early am 7 days. Fatima (Dubai) approves. Store list to follow"),
    dict(key="c03", when="2026-10-15 09:40:22", mgr="daniel", dir="Outbound", party="sandra", number="01422365210",
         result="Answered", talk="00:10:15", note="2 sites, 5+3 eves, CQC Feb. Quote by Fri"),
    dict(key="c04", when="2026-10-15 14:20:41", mgr="priya", dir="Outbound", party="craig", number="07700900861",
         result="Answered", talk="00:05:48", note="Survey SLG1 Thu 22/10 09:30"),
    dict(key="c05", when="2026-10-20 10:15:03", mgr="daniel", dir="Inbound", party="jaspreet", number="01164960390",
         result="Answered", talk="00:12:05", note="CFS-214 Lot 3 direct award; site walk with Karen Tue 27/10 10:00"),
    dict(key="c06", when="2026-10-23 11:10:37", mgr="tom", dir="Outbound", party="orla", number="0035314903318",
         result="Answered", talk="00:09:12", note="Sunday stores x4; dispensary clean at opening"),
    dict(key="c07", when="2026-10-26 15:02:11", mgr="tom", dir="Inbound", party=None, number="00353851102456",
         result="Missed", talk="00:00:00", note=""),
    dict(key="c08", when="2026-10-29 12:40:55", mgr="tom", dir="Inbound", party="niamh", number="0035316762214",
         result="Answered", talk="00:02:10", note="alarm codes for supervisor"),
    dict(key="c09", when="2026-11-02 10:20:30", mgr="sophie", dir="Inbound", party="james", number="01614960678",
         result="Answered", talk="00:06:10", note="Hollins & Webb, Hope Mill 2 floors, 22 staff. Quote by Thu"),
    dict(key="c10", when="2026-11-13 08:50:12", mgr="tom", dir="Outbound", party="declan", number="00353862771904",
         result="Answered", talk="00:03:05", note=""),
    dict(key="c11", when="2026-11-13 12:30:44", mgr="priya", dir="Outbound", party="mohammed", number="0097126147730",
         result="Answered", talk="00:18:32", note="BAFO: 4%, 45 days, fixed 24m then CPI. Revised bid form by Fri 20/11"),
    dict(key="c12", when="2026-11-17 16:00:08", mgr="fiona", dir="Outbound", party="stuart", number="07700900176",
         result="Answered", talk="00:07:30", note="Oakridge: absorb mob £14k ok, break 24m not 18"),
    dict(key="c13", when="2026-11-18 09:30:19", mgr="daniel", dir="Outbound", party="gemma", number="01423817300",
         result="Answered", talk="00:06:44", note="Visit Wed 25/11 10:00 theatres + endo"),
    dict(key="c14", when="2026-11-18 11:05:02", mgr="sophie", dir="Outbound", party="imran", number="07700900318",
         result="No Answer", talk="00:00:00", note=""),
    dict(key="c15", when="2026-11-20 10:05:47", mgr="daniel", dir="Outbound", party="karen", number="01164960842",
         result="Answered", talk="00:05:20", note="Coalville washrooms: 14, 6 san units, 2 baby change"),
    dict(key="c16", when="2026-11-24 12:30:26", mgr="tom", dir="Outbound", party="aoife", number="00353874127733",
         result="Answered", talk="00:08:20", note="Ranelagh dental, 3 surgeries, opens 11/1. Price by Fri"),
    dict(key="c17", when="2026-11-25 09:10:00", mgr="fiona", dir="Internal", party=None, number="214",
         result="Answered", talk="00:02:00", note=""),
    dict(key="c18", when="2026-11-26 16:40:33", mgr="priya", dir="Inbound", party=None, number="02079460857",
         result="Answered", talk="00:01:45", note="recruitment agency cold call"),
    dict(key="c19", when="2026-12-01 10:30:15", mgr="tom", dir="Inbound", party="declan", number="00353862771904",
         result="Missed", talk="00:00:00", note=""),
    dict(key="c20", when="2026-12-04 11:15:09", mgr="priya", dir="Outbound", party="anita", number="01184960733",
         result="Answered", talk="00:04:20", note="Window survey Wed 9/12 14:00, Tower B"),
    dict(key="c21", when="2026-12-07 10:05:51", mgr="tom", dir="Outbound", party="joost", number="0031641287703",
         result="Answered", talk="00:04:51", note="apologised; offer by Wed 9/12"),
    dict(key="c22", when="2026-12-07 08:40:27", mgr="sophie", dir="Inbound", party="liam", number="07700900904",
         result="Answered", talk="00:03:30", note="keys collected from building mgmt; first clean tonight"),
    dict(key="c23", when="2026-12-08 11:20:40", mgr="daniel", dir="Inbound", party="rachel", number="01134960571",
         result="Answered", talk="00:03:10", note="slides received OK; room changed to 2.16"),
    dict(key="c24", when="2026-12-08 14:05:12", mgr="priya", dir="Inbound", party="craig", number="07700900861",
         result="Missed", talk="00:00:00", note=""),
    dict(key="c25", when="2026-12-08 14:20:36", mgr="priya", dir="Outbound", party="craig", number="07700900861",
         result="Answered", talk="00:02:40", note="Craig: nothing new from Abu Dhabi"),
    dict(key="c26", when="2026-11-09 14:45:18", mgr="sophie", dir="Outbound", party="james", number="01614960678",
         result="Answered", talk="00:04:02", note="agreed 1,650 if signed this week; DocuSign today"),
]

# =====================================================================================
# Ground truth a head of sales would write at AS_OF
# =====================================================================================

NEGOTIATIONS = [
    dict(client="Northmoor University", manager="daniel", product="SOFT-FM", stage="proposal", evidence="N9",
         next="2026-12-10", source="meeting", amount=(146235000, "GBP"), close="2027-01-18"),
    dict(client="Midlands Community Health NHS Trust", manager="daniel", product="CLIN-CLEAN", stage="contract",
         evidence="T8", next="2026-12-11", source="client_request", amount=(58990000, "GBP"), close="2026-12-11"),
    dict(client="Midlands Community Health NHS Trust", manager="daniel", product="HYGIENE", stage="proposal",
         evidence="H5", next="2026-12-11", source="manager_promise", amount=(486000, "GBP"), close=None),
    dict(client="Halden DataCore Ltd", manager="priya", product="CRIT-CLEAN", stage="negotiation", evidence="A7",
         next="2026-12-10", source="client_request", amount=(14227000, "GBP"), close=None),
    dict(client="Infosphere Technologies Ltd", manager="priya", product="COM-CLEAN", stage="won", evidence="I7",
         next=None, source=None, amount=(14870000, "GBP"), close=None),
    dict(client="Infosphere Technologies Ltd", manager="priya", product="PERIODIC", stage="qualified",
         evidence="call:c20", next="2026-12-09", source="meeting", amount=None, close=None),
    dict(client="Al Noor Home Retail LLC", manager="sophie", product="COM-CLEAN", stage="lost", evidence="L8",
         next=None, source=None, amount=(11856000, "GBP"), close=None),
    dict(client="Harbour & Quay Solicitors LLP", manager="tom", product="COM-CLEAN", stage="won", evidence="Q9",
         next=None, source=None, amount=(3348000, "EUR"), close=None),
    dict(client="Harbour & Quay Solicitors LLP", manager="tom", product="PERIODIC", stage="negotiation",
         evidence="Q15", next="2026-12-10", source="manager_promise", amount=(64000, "EUR"), close=None),
    dict(client="Wattle & Finch Advisory Pty Ltd", manager="sophie", product="COM-CLEAN", stage="contract",
         evidence="W8", next="2026-12-09", source="manager_promise", amount=(2448000, "GBP"), close=None),
    dict(client="Verbrugge Logistics B.V.", manager="tom", product="SOFT-FM", stage="qualified",
         evidence="event:026EB29E", next="2026-12-09", source="client_request", amount=None, close=None),
    dict(client="Calder Valley Medical Practice", manager="daniel", product="CLIN-CLEAN", stage="lost",
         evidence="C6", next=None, source=None, amount=(3312000, "GBP"), close=None),
    dict(client="Brannigan's Pharmacy Group", manager="tom", product="COM-CLEAN", stage="contract", evidence="B8",
         next="2026-12-14", source="manager_promise", amount=(8990000, "EUR"), close=None),
    dict(client="Oakridge Park Management Ltd", manager="fiona", product="SOFT-FM", stage="negotiation",
         evidence="O8", next="2026-12-10", source="meeting", amount=(37280000, "GBP"), close=None),
    dict(client="Kettlewell Interiors Ltd", manager="sophie", product="COM-CLEAN", stage="proposal", evidence="K4",
         next="2026-12-14", source="client_request", amount=(1962000, "GBP"), close=None),
    dict(client="Kaufmann Optik GmbH", manager="sophie", product="COM-CLEAN", stage="proposal", evidence="G3",
         next=None, source=None, amount=(6490000, "GBP"), close=None),
    dict(client="Ravensworth Hospital", manager="daniel", product="CLIN-CLEAN", stage="qualified",
         evidence="event:37FC3AF7", next="2026-12-09", source="meeting", amount=None, close=None),
    dict(client="Sundaram Biologics UK Ltd", manager="priya", product="CRIT-CLEAN", stage="lead", evidence="U2",
         next="2026-12-10", source="manager_promise", amount=None, close=None),
    dict(client="aoife.kinsella.dental@gmail.com", manager="tom", product="CLIN-CLEAN", stage="proposal",
         evidence="D3", next=None, source=None, amount=(1380000, "EUR"), close=None),
    dict(client="Hollins & Webb Architects", manager="sophie", product="COM-CLEAN", stage="won", evidence="HW5",
         next=None, source=None, amount=(1980000, "GBP"), close=None),
    dict(client="Tallis Colocation Ltd", manager="priya", product="CRIT-CLEAN", stage="lost", evidence="X6",
         next=None, source=None, amount=(1875000, "GBP"), close=None),
]

NOT_NEGOTIATIONS = [
    ("stuart.lennox@meridianfm.co.uk", "intermediary (introducer for Oakridge Park)"),
    ("janine.moss@spotlessshine.co.uk", "counterparty of a client (Northmoor's incumbent contractor, TUPE data)"),
    ("ryan.cole@sanisafe-hygiene.co.uk", "supplier (washroom hygiene subcontractor)"),
    ("notices@prochem-supplies.co.uk", "supplier (price notice)"),
    ("noreply@nu-etendering.co.uk", "automated portal notification"),
    ("dse@eumail.docusign.net", "automated e-signature notification"),
    ("newsletter@fminsight.co.uk", "newsletter"),
    ("hello@thecleaningshow-events.co.uk", "newsletter"),
    ("alerts@tenderwatch.co.uk", "newsletter (tender alerts)"),
    ("sales@workwearpro-direct.co.uk", "unknown sender, no answer (marketing)"),
    ("ollie@leadspark-b2b.com", "unknown sender, no answer"),
    ("karl.mendes@briterobotics.eu", "unknown sender, no answer"),
    ("m.reid@lumenhotels.co.uk", "auto-reply (our cold outreach, no conversation)"),
    ("facilities@lumenhotels.co.uk", "our cold outreach bounced, no conversation"),
    ("mailer-daemon@eur.prod.outlook.com", "auto-reply (bounce)"),
    ("bernie.walsh@castlegate-sc.co.uk", "thanks only"),
    ("noreply@brightwellfs.co.uk", "internal (website form)"),
    ("gary.whitlock@brightwellfs.co.uk", "internal"),
    ("leanne.probert@brightwellfs.co.uk", "internal"),
]

# =====================================================================================
# Directory, booked sales and plans
# =====================================================================================

# which client each outside organisation's people belong to (for calls and labels)
ORG_CLIENT = {
    "northmoor": "Northmoor University",
    "mcht": "Midlands Community Health NHS Trust",
    "halden": "Halden DataCore Ltd",
    "infosphere": "Infosphere Technologies Ltd",
    "alnoor": "Al Noor Home Retail LLC",
    "harbour": "Harbour & Quay Solicitors LLP",
    "wattle": "Wattle & Finch Advisory Pty Ltd",
    "verbrugge": "Verbrugge Logistics B.V.",
    "calder": "Calder Valley Medical Practice",
    "brannigans": "Brannigan's Pharmacy Group",
    "oakridge": "Oakridge Park Management Ltd",
    "meridian": "Meridian FM Advisory Ltd",
    "kettlewell": "Kettlewell Interiors Ltd",
    "kaufmann": "Kaufmann Optik GmbH",
    "ravensworth": "Ravensworth Hospital",
    "sundaram": "Sundaram Biologics UK Ltd",
    "aoife": "aoife.kinsella.dental@gmail.com",
    "hollins": "Hollins & Webb Architects",
    "tallis": "Tallis Colocation Ltd",
    "castlegate": "Castlegate Shopping Centre",
}

# client, domains, owner (manager key), segment, phones, emails, kind
DIRECTORY = [
    ("Northmoor University", "northmoor.ac.uk", "daniel", "Education", "+44 113 496 0571", "", ""),
    ("Midlands Community Health NHS Trust", "mcht.nhs.uk", "daniel", "Healthcare – NHS",
     "+44 116 496 0390; +44 116 496 0842", "jaspreet.sandhu@nhs.net; karen.whitfield3@nhs.net", ""),
    ("Halden DataCore Ltd", "haldendc.ae; haldendc.co.uk", "priya", "Data centres",
     "+971 2 614 7730; +44 7700 900861", "", ""),
    ("Infosphere Technologies Ltd", "infospheretech.com", "priya", "Corporate offices",
     "+91 80 4718 2290; +44 118 496 0733", "", ""),
    ("Al Noor Home Retail LLC", "alnoorhome.ae", "sophie", "Retail",
     "+971 4 331 8870; +44 7700 900318", "imran.qureshi.alnoor@outlook.com", ""),
    ("Harbour & Quay Solicitors LLP", "harbourquay.ie", "tom", "SME – professional services", "+353 1 676 2214", "", ""),
    ("Wattle & Finch Advisory Pty Ltd", "wattlefinch.com.au", "sophie", "SME – professional services",
     "+61 2 8072 4415; +44 7700 900904", "", ""),
    ("Verbrugge Logistics B.V.", "verbrugge-logistics.nl", "tom", "Industrial & logistics",
     "+31 10 288 4410; +31 6 4128 7703", "", ""),
    ("Calder Valley Medical Practice", "caldervalleymedical.co.uk", "daniel", "Healthcare – primary care",
     "+44 1422 365210", "", ""),
    ("Brannigan's Pharmacy Group", "branniganspharmacy.ie", "tom", "Retail",
     "+353 1 490 3318; +353 86 277 1904", "", ""),
    ("Oakridge Park Management Ltd", "oakridgepark.co.uk", "fiona", "Property & business parks", "+44 1925 613420", "", ""),
    ("Meridian FM Advisory Ltd", "meridianfm.co.uk", "fiona", "Introducer", "+44 7700 900176", "", "intermediary"),
    ("Kettlewell Interiors Ltd", "kettlewellinteriors.co.uk", "sophie", "Retail", "+44 7700 900559", "", ""),
    ("Kaufmann Optik GmbH", "kaufmann-optik.de", "sophie", "Retail", "+49 40 3250 7714", "", ""),
    ("Ravensworth Hospital", "ravensworthhospital.co.uk; sxhealth.com.au", "daniel", "Healthcare – private",
     "+44 1423 817300; +61 3 9008 2270", "", ""),
    ("Sundaram Biologics UK Ltd", "sundarambio.com", "priya", "Life sciences", "+44 1223 926410", "", ""),
    ("Hollins & Webb Architects", "hollinswebb.co.uk", "sophie", "SME – professional services", "+44 161 496 0678", "", ""),
    ("Tallis Colocation Ltd", "tallis-colo.co.uk", "priya", "Data centres", "+44 20 7946 0311", "", ""),
    ("Castlegate Shopping Centre", "castlegate-sc.co.uk", "fiona", "Retail", "+44 121 496 0150", "", ""),
    ("Corrib Credit Union", "corribcu.ie", "tom", "Financial services", "+353 91 562 480", "", ""),
    ("Aire Valley Academy Trust", "airevalleyacademies.org.uk", "daniel", "Education", "+44 113 496 0902", "", ""),
    ("Kingsway Data Park", "kingswaydatapark.co.uk", "priya", "Data centres", "+44 1753 201400", "", ""),
    ("Bramley & Co Accountants", "bramleyco.co.uk", "sophie", "SME – professional services", "+44 161 496 0333", "", ""),
]

# external_id, date, manager key, product, client, amount, currency  (first-year contract values)
SALES = [
    ("SI-26-0981", "2026-10-09", "fiona", "COM-CLEAN", "Castlegate Shopping Centre", "212000.00", "GBP"),
    ("SI-26-0994", "2026-10-20", "daniel", "COM-CLEAN", "Aire Valley Academy Trust", "96400.00", "GBP"),
    ("SI-IE-26-0311", "2026-10-26", "tom", "COM-CLEAN", "Corrib Credit Union", "14400.00", "EUR"),
    ("SI-IE-26-0318", "2026-10-29", "tom", "COM-CLEAN", "Harbour & Quay Solicitors LLP", "33480.00", "EUR"),
    ("SI-26-1007", "2026-10-30", "priya", "CRIT-CLEAN", "Kingsway Data Park", "38600.00", "GBP"),
    ("SI-26-1032", "2026-11-06", "priya", "COM-CLEAN", "Infosphere Technologies Ltd", "148700.00", "GBP"),
    ("SI-26-1041", "2026-11-10", "sophie", "COM-CLEAN", "Hollins & Webb Architects", "19800.00", "GBP"),
    ("SI-26-1063", "2026-11-19", "sophie", "COM-CLEAN", "Bramley & Co Accountants", "11280.00", "GBP"),
    ("SI-26-1090", "2026-12-02", "fiona", "PERIODIC", "Castlegate Shopping Centre", "8400.00", "GBP"),
]

# period, manager key, amount (GBP)
PLANS = [
    ("2026-10", "fiona", "150000"), ("2026-11", "fiona", "120000"), ("2026-12", "fiona", "250000"),
    ("2026-10", "daniel", "90000"), ("2026-11", "daniel", "60000"), ("2026-12", "daniel", "500000"),
    ("2026-10", "priya", "60000"), ("2026-11", "priya", "150000"), ("2026-12", "priya", "120000"),
    ("2026-10", "tom", "40000"), ("2026-11", "tom", "40000"), ("2026-12", "tom", "90000"),
    ("2026-10", "sophie", "25000"), ("2026-11", "sophie", "40000"), ("2026-12", "sophie", "60000"),
]
