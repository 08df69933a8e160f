"""Word lists for the person-name recognizer: triggers, stop words, nouns and company markers."""

from __future__ import annotations

# Salutations before a name ("Herr", "Frau", "Mr"); matched case-sensitively, a dot may follow.
SALUTATIONS = """
Herr Herrn Hrn Hr Frau Fr Frl Fräulein Mr Mrs Ms Mx Miss Sir Madam Madame Mme Mlle Monsieur
Signora Signor Señora Señor Sra
"""

# Academic and professional titles between salutation and name ("Dr.", "Prof.", "Dipl.-Ing.").
TITLES = """
Dr Dres Prof Professor Professorin Doktor PD Mag Ing DI Dipl Dkfm Dkff Lic Bakk Hon Rev
Dr.-Ing Dipl.-Ing Dipl.-Kfm Dipl.-Kff Dipl.-Inf Dipl.-Phys Dipl.-Chem Dipl.-Math Dipl.-Betriebsw
Dipl.-Wirt.-Ing Dipl.-Wi.-Ing Dipl.-Oec Dipl.-Päd Dipl.-Psych Dipl.-Volksw Dipl.-Jur Dr.-med
Direktor Direktorin Kollege Kollegin Minister Ministerin Bürgermeister Bürgermeisterin
Präsident Präsidentin Pfarrer Pfarrerin Pastorin Rechtsanwalt Rechtsanwältin Notar
Notarin Staatsanwalt Staatsanwältin Kommissar Kommissarin Hauptkommissar Hauptkommissarin
Ingenieur Ingenieurin Magister Magistra Konsul Konsulin Senator Senatorin Abgeordneter
Abgeordnete Vorsitzender Vorsitzende Geschäftsführer Geschäftsführerin Oberbürgermeister
Oberbürgermeisterin Landrat Landrätin Richterin
"""

# Lower-case pieces of multi-part titles ("Dr. med.", "Dr. rer. nat.", "Dr. h. c.").
TITLE_PARTS = "med dent vet rer nat pol oec phil jur theol h c habil sc techn mult"

# Name particles that may stand in lower case inside a name ("von der Heide", "de la Cruz").
PARTICLES = """
von vom zu zur zum der den dem van de del della dello degli di da das dos du des la le
les ten ter te op het al el bin ben ibn bint abu ould
"""

# Trigger phrases below: words joined by "_", a trailing "." means the word is abbreviated.

# Greetings after which a name follows ("Hallo Jonas,", "Liebe Petra,").
GREETINGS = """
hallo hallöchen hallihallo hi hey heya hej moin moinsen servus salü grüezi tach ahoi huhu
liebe lieber liebes hello dear salut ciao guten_morgen guten_tag guten_abend good_morning
good_afternoon good_evening sehr_geehrte sehr_geehrter werte werter grüß_gott grüss_gott
grüess_gott grüß_dich grüss_dich grüß_euch grüss_euch
"""

# Weak greetings: only a known first name may follow ("Morgen Jonas", "Na Mia").
WEAK_GREETINGS = "morgen tag na ja okay ok"

# Sign-offs after which a name follows ("Viele Grüße\nJan", "Danke, Mia!", "LG Tom").
SIGNOFFS = """
gruß gruss grüße grüsse gruesse grüßen grüssen grüßle grüssle grüßli grüessli lg vg mfg bg glg
hg sg lgs vlg danke dankeschön danke_schön danke_dir danke_euch danke_ihnen merci vielen_dank
besten_dank herzlichen_dank tausend_dank cheers thanks thank_you many_thanks thx tnx regards
best_regards kind_regards warm_regards best_wishes sincerely yours_sincerely yours_truly
yours_faithfully tschüss tschüs tschau ciao bye ade adieu pfiat_di pfiat_eich baba bis_dann
bis_bald bis_später bis_morgen bis_nachher bis_gleich gez. i._a. i._v. i._r. ppa. pp.
"""

# Role and list context followed by a name, with or without a colon.
ROLES = """
ansprechpartner ansprechpartnerin ansprechperson kontaktperson kontaktpersonen verantwortlich
verantwortliche verantwortlicher zuständig zuständige zuständiger sachbearbeiter
sachbearbeiterin sachbearbeitung bearbeiter bearbeiterin erstellt_von geprüft_von
freigegeben_von genehmigt_von bearbeitet_von erfasst_von angelegt_von gemeldet_von
unterschrieben_von unterzeichnet_von beauftragt_von abgezeichnet_von verfasst_von
durchgeführt_von übernommen_von vertreten_durch vertretung in_vertretung mitarbeiter
mitarbeiterin mitarbeitende mitarbeitender kollege kollegin kollegen kolleginnen azubi
auszubildende auszubildender praktikant praktikantin werkstudent werkstudentin fahrer fahrerin
monteur monteurin techniker technikerin meister meisterin schichtleiter schichtleiterin
schichtführer schichtführerin vorarbeiter vorarbeiterin teamleiter teamleiterin gruppenleiter
gruppenleiterin abteilungsleiter abteilungsleiterin bereichsleiter bereichsleiterin werkleiter
werkleiterin werksleiter werksleiterin geschäftsführer geschäftsführerin projektleiter
projektleiterin einkäufer einkäuferin disponent disponentin prüfer prüferin auditor auditorin
qualitätsbeauftragter qualitätsbeauftragte sicherheitsbeauftragter sicherheitsbeauftragte
datenschutzbeauftragter datenschutzbeauftragte betriebsrat betriebsrätin chef chefin
vorgesetzter vorgesetzte vorgesetzten leiter leiterin lagerist lageristin elektriker
elektrikerin schlosser schlosserin mechaniker mechanikerin mechatroniker mechatronikerin
konstrukteur konstrukteurin entwickler entwicklerin ingenieur ingenieurin bewerber bewerberin
kandidat kandidatin vertreter vertreterin außendienstler außendienstmitarbeiter innendienst
außendienst key_account_manager account_manager verkäufer verkäuferin besteller bestellerin
anforderer anfordererin antragsteller antragstellerin empfänger empfängerin absender absenderin
verfasser verfasserin ersteller erstellerin autor autorin protokollführer protokollführerin
teilnehmer teilnehmerin teilnehmende anwesend anwesende verteiler unterschrift unterzeichner
unterzeichnerin ma mitarb. kraftfahrer lkw-fahrer staplerfahrer staplerfahrerin
"""

# English roles: full role context in English texts, weak context in German ones.
ROLES_EN = """
contact contact_person assigned_to assignee owner reporter reported_by requested_by approved_by
created_by prepared_by reviewed_by signed_by checked_by author attendees participants colleague
employee driver technician engineer manager supervisor buyer attn. attn attention
"""

# Weak role context: only a listed name may follow ("laut Müller", "Rücksprache mit Jonas").
WEAK_ROLES = """
rücksprache_mit telefonat_mit gespräch_mit termin_mit meeting_mit call_mit abstimmung_mit
abgestimmt_mit rückruf_von anruf_von nachricht_von mail_von e-mail_von info_von laut lt. gemäß
zusammen_mit im_auftrag_von via cc
"""

# Roles that only count when a colon follows ("Name: Müller", "An: Jonas").
COLON_ROLES = """
name vorname nachname familienname mitarbeitername kontakt leitung projektleitung teamleitung
bearbeitung freigabe prüfung ersteller autor verfasser protokoll erstellt geprüft freigegeben
genehmigt bearbeitet unterschrieben visum kürzel
"""

# Mail headers and list labels: with a colon, a listed name or salutation must follow.
WEAK_COLON_ROLES = """
von an cc bcc from to gast gäste kunde kundin fahrer unterschrift anwesend
"""

# Companies and brands that are also surnames or first names ("Bosch", "Porsche", "Mercedes").
BRANDS = """
Bosch Siemens Porsche Opel Benz Ford Renault Ferrari Suzuki Continental Daimler Zeiss Krupp
Thyssen Henkel Hilti Würth Kärcher Trumpf Festo Mahle Schaeffler Brose Hella Knorr Leoni Webasto
Eberspächer Dürr Voith Liebherr Claas Deutz Linde Merck Bayer Diesel Mercedes Nikon Aral Heller
Hermle Schuler Kuka Miele Stihl Bizerba Sartorius Dräger Fresenius Haribo Oetker Bahlsen
Lidl Aldi Rewe Edeka Hornbach Bauhaus Obi Toyota Honda Nissan Mazda Hyundai Kia Tesla Volvo
Peugeot Citroen Fiat Seat Skoda Audi Dacia Jaguar Bentley Schenker Dachser Hellmann Rhenus
Nagel Fiege Loxxess Sixt Boss Armani Gucci Prada Huawei Lenovo Bosch
Rexroth Freudenberg Mubea Benteler Kiekert Stabilus Bertrandt Pilz Balluff Turck Wago
Phoenix Harting Rehau Röchling Kautex Pierburg Elring Gestamp
"""


# Legal forms: a name up to three capitalized words before one is a company ("Müller Teile GmbH").
LEGAL_FORMS = r"""
GmbH mbH AG KG KGaA OHG GbR UG SE eG e\.K\. e\.V\. e\.G\. Co\. Co Cie\. Inc\.? Ltd\.? LLC LLP
Corp\.? Corporation plc PLC S\.A\. SA SAS SARL S\.p\.A\. SpA SRL S\.r\.l\. B\.V\. BV N\.V\. NV
AB Oy A/S ApS GesmbH Ges\.m\.b\.H\. Holding Holdings
"""

# Company words: a name directly before one is a company ("Müller Logistik", "Bosch Gruppe").
COMPANY_WORDS = r"""
Gruppe Group Werke Logistik Logistics Industries Industrie Systems Systeme Technologies
Technologie Automotive Consulting Solutions Engineering Elektronik Electronics Components
Manufacturing Trading International Deutschland Germany Europe Europa Partner Partners Söhne
Sohn Erben Holding Spedition Transporte Immobilien Versicherung Versicherungen Verlag Stiftung
Bank
"""

# Company-name compound endings after a name ("Kessler Zerspanungstechnik", "Krause Metallbau").
COMPANY_ENDINGS = r"""
technik tech logistik bau handel werk werke systeme service services automotive teile
präzision fertigung industrie transporte spedition elektrik elektronik montage
"""


# Place and institution nouns: a name directly before them is a street or institution.
PLACE_MARKERS = """
Straße Strasse Str. Str Weg Allee Platz Ring Gasse Damm Ufer Chaussee Steig Pfad Markt Brücke
Schule Gymnasium Realschule Grundschule Hochschule Universität Institut Klinik Klinikum
Krankenhaus Stiftung Haus Halle Zentrum Center Centre Stadion Arena Park Bahnhof Flughafen
Kaserne Kirche Museum Preis Award Street Road Avenue Lane Square Institute Hospital School
University College Hall Bridge Station Airport Prize Foundation Gesellschaft Verein Kita
Kindergarten Apotheke Praxis Siedlung Viertel Tunnel Kanal
"""

# Words before a name that make it a company, product or place ("Firma Müller", "Typ Anna").
BEFORE_NOT_PERSON = """
firma fa fa. marke modell typ produkt projekt werk werke halle standort lieferant lieferanten
hersteller spedition stadt gemeinde ort land kreis landkreis bundesland straße strasse
produktreihe serie baureihe version release codename sorte tool software app system
"""

# Possessives and pronouns between a sign-off and the name ("Viele Grüße, Ihr Thomas Müller").
POSSESSIVES = "ihr ihre dein deine euer eure your yours"

# Months and weekdays (German and English, with abbreviations).
CALENDAR = """
januar jänner februar feber märz april mai juni juli august september oktober november dezember
jan feb mär apr jun jul aug sep sept okt nov dez january february march may june july october
december montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag mo di mi do fr
sa so monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun
"""

# Names that are months: they stand for a month next to numbers or time words.
MONTH_NAMES = "jan mai juni juli august april june may"
MONTH_CUES = """
im in ab bis seit vom zum anfang mitte ende des letzten nächsten kommenden diesen jeden jedes
jeweils per zum bis_ende early late mid end beginning since until in of next last this every
"""

# English words that appear capitalized in headings and are also first names.
EN_NOUN_NAMES = """
Bill Price Long Grant Hope Faith Joy Dawn Summer Autumn Winter May June April August Mark
Chase Rose Lily Ivy Holly Crystal Diamond Ruby Amber Jade Pearl Iris Violet Daisy Hazel
Heather Olive Forest River Sky Storm Hunter Mason Cooper Baker Cook Grace Patience Prudence
Charity Trinity Destiny Harmony Melody Unity Liberty Justice Royal King Prince Duke Earl Major
General Sterling Penny Nickel Gene Lance Pierce Chip Rusty Sandy Misty Sunny Rocky Dusty Buck
Bud Guy Ray Rich Art Will Case Key Lead Page Story Phoenix Angel Star Dean Sage Miles Wade
Hall Wall Brand Stock Ford Park Rod Pat Sue Gay Bob Frank Don Lot List Link Line Cash Carter
Tanner Porter Parker Fisher Walker Turner Miller Smith Butler Chandler Archer Marshall
"""

# Common English first names that are also rare English words ("john", "peter"): always names.
EN_COMMON_FIRST = """
Billy Bobby Carol Dean Eddy Harry Jack Jimmy John Ken Martin Matt Mike Nick Peter Randy Rick
Rob Robin Roger Sally Terry Tom Tony Victor Maria Marina Dieter Dirk Hector Jasper Roman Noel
Amir Emir Said Fares Julienne Florin Serge Urban Wolfram Silvan Sander Mats Marten Maxim
"""

# Nationalities and languages that are also names in some list ("German", "Latin", "France").
NATIONALITIES = """
German English French Latin American France Germany Italian Spanish Turkish Polish Russian
Dutch Swiss Austrian Greek Arabic Chinese Japanese Korean Indian African European Asian Georgia
Israel Jordan Chad Kenya India China Paris London Florence Victoria Sydney Austin Dallas Houston
Denver Phoenix Lincoln Washington Jackson Madison Orlando Charlotte Virginia Carolina Tennessee
"""

# Group nouns, pronouns and fillers that follow greetings or sign-offs but are not names.
NOT_NAMES = """
team teams zusammen alle allerseits leute damen herren schatz nachbar nachbarn welt männer
frauen papa mama oma opa schwester bruder schwesterherz tante onkel liebling kumpel kumpels
azubis praktikanten
kollegen kolleginnen kollege kollegin
kollegium liebe lieben gemeinde runde freunde mitarbeiter mitarbeiterin mitarbeitende
mitarbeitenden chef chefin chefs boss jungs mädels kinder ihr sie du dich dir euch ihnen ihm
uns wir ich mich mir man jemand niemand alle jeder jede jedem jeden beide beiden zusammen
miteinander nochmal nochmals vorab schon erstmal zurück wieder gern gerne sehr vielmals
morgen heute gestern mal kurz bitte danke nur auch noch schön gut super prima klasse toll
nachmittag abend mittag wochenende welt everyone all folks guys team there you sir madam
ladies gentlemen colleagues friends again anyway so yes no ok okay again everybody
"""

# German nouns common in business, production, logistics and HR texts (lower case).
GERMAN_NOUNS = """
abteilung abteilungen ablauf abgabe abholung abnahme abrechnung absage absprache abstimmung
abweichung abwesenheit achse adresse ahnung akte aktion aktualisierung alarm amt analyse anfang
anfrage angebot angebote angelegenheit anhang anlage anlagen anleitung anliegen anlieferung
anmeldung annahme anpassung anruf anrufe anschluss ansicht anspruch antrag antwort anweisung
anzahl arbeit arbeiten arbeitgeber arbeitnehmer arbeitsplatz arbeitszeit arbeitsvertrag art
artikel audit aufgabe aufgaben aufnahme auftrag aufträge aufwand ausbildung ausfall ausgabe
auskunft auslieferung ausnahme ausschuss ausweis auswertung auszubildende auto automat bahn
basis batterie bauteil bauteile bedarf bedingung befund beginn behälter beitrag beleg belege
bemerkung benachrichtigung beratung bereich bereiche bericht berichte bescheid bescheinigung
beschwerde besprechung bestand bestandteil bestellung bestellungen bestätigung besuch betrag
betrieb betriebsrat beurteilung bewerbung bewertung bezahlung bild bitte blatt blech bohrung
box brief buchhaltung buchung budget büro chance charge chef chefin container controlling
dank daten datei dateien datum dauer deckel details dichtung dienst dienstag dienstreise
dokument dokumente donnerstag druck durchlauf eingang einheit einkauf einladung einsatz
einstellung eintrag einweisung element empfang ende energie entscheidung entwicklung entwurf
erfahrung ergebnis ergebnisse erinnerung erklärung ersatz ersatzteil ersatzteile fahrer fahrt
fahrzeug fall feedback fehler feier feiertag fertigung filiale firma folge format formular
forderung frage fragen freigabe freitag frist frühschicht funktion garantie gebäude gehalt
gehäuse genehmigung gerät geräte gesamt geschäft geschäftsführung gespräch gesundheit getriebe
gewicht gewinn grenze grund gruppe gruß grüße gutschrift halle handbuch handel haus hilfe
hinweis homeoffice hotline idee info infos information informationen inhalt instandhaltung
inventur investition jahr jahre kalender kapazität karton kasse katalog kennzahl kennzahlen
kantine kapitel karte kiste klärung kollege kollegen kollegin kommentar kommission konstruktion
kontakt konto kontrolle kopie kosten krankmeldung kunde kunden kundin kündigung kupplung kurs
lack lage lager lagerplatz land leistung leitung lieferant lieferanten lieferschein lieferung
lieferungen lieferzeit linie liste lkw logistik lohn losgröße lösung mail mails mangel mängel
maschine maschinen maß maßnahme material materialien meeting meinung meister meldung menge
messung miete minute minuten mitarbeiter mittwoch modell modul monat montag montage motor
muster mutter nachfrage nachricht nachtschicht nachweis name nummer oberfläche ordner ort paket
palette paletten papier person personal pflicht plan planung platz position post praxis preis
preise problem probleme produkt produkte produktion programm projekt protokoll prozess prüfung
punkt qualität quartal rabatt rahmen rechnung recht regel reklamation reparatur reserve rest
rohr rückfrage rückmeldung rückruf ruhe samstag schaden schicht schichtplan schraube schulung
service sicherheit sitzung sonntag spätschicht sperrung stand standort stapler status stelle
steuer stück stunde stunden summe support system tabelle tag tage team technik teil teile
telefon termin termine test text thema tor tour transport tür typ übergabe überprüfung
überstunden übersicht umsatz umstellung umzug unterlagen unterschrift unterstützung urlaub
urlaubsantrag verantwortung verbesserung vereinbarung verfahren verfügbarkeit vergleich
verkauf verlängerung verpackung versand verschiebung verspätung vertrag vertreter vertretung
vertrieb verwaltung verzögerung vorgang vorgabe vorlage vorschlag vorstellung wagen ware waren
wareneingang warenausgang wartung woche wochen werk werkstatt werkzeug wert werte zahl zahlung
zeichnung zeit zeitraum zentrale zertifikat ziel zug zugang zugriff zusammenarbeit zusage
zustand zuständigkeit qs qm it hr edv ev personalabteilung qualitätssicherung arbeitssicherheit
geschäftsleitung werkleitung betriebsleitung empfang pforte rezeption zentrale schichtleitung
schichtführung nachtdienst frühdienst spätdienst bereitschaft montagehalle lagerhalle
versandhalle fertigungslinie linienführer stempel stempeluhr zeiterfassung gleitzeit
kurzarbeit mehrarbeit elternzeit mutterschutz krankheit attest arzt betriebsarzt unfall
verletzung erste hilfe brandschutz feuerwehr notfall räumung übung evakuierung
grüße hallo danke bitte frage antwort morgen abend nachmittag mittag woche wochenende
ansprechpartner ansprechpartnerin kontaktperson sachbearbeiter sachbearbeiterin abteilungsleiter
teamleiter schichtleiter werkleiter geschäftsführer projektleiter einkäufer disponent prüfer
auditor chefin chef meisterin vorgesetzter vorgesetzte azubi praktikant werkstudent lehrling
bewerber bewerberin kandidat kandidatin mensch menschen frau herr leute person personen
mitglied mitglieder gast gäste besucher besucherin kunde lieferant dienstleister partner
spediteur spedition hersteller händler zulieferer werkzeugbau instandhaltung qualitätsmanagement
einkaufsabteilung vertriebsabteilung rechtsabteilung it-abteilung entwicklungsabteilung
konstruktionsabteilung versandabteilung buchhaltung lohnbuchhaltung finanzbuchhaltung
controlling marketing vertrieb personal recruiting einkauf logistik produktion fertigung
montage lager versand qualität entwicklung konstruktion verwaltung geschäftsleitung
kommunikation öffentlichkeitsarbeit presse datenschutz compliance revision recht steuern
finanzen infrastruktur facility gebäudemanagement hausmeister kantine werkschutz pforte
länge breite höhe tiefe durchmesser radius temperatur druck drehmoment spannung strom leistung
drehzahl geschwindigkeit toleranz abmessung abmessungen gewicht volumen masse dichte härte
festigkeit rauheit ebenheit rundheit position lage winkel kraft moment last gewinde nut bohrung
passung oberfläche beschichtung lackierung schweißnaht naht kante fase radius spalt
sensor stecker kabel leitung schalter relais platine steuergerät software firmware hardware
bremse bremsen bremssattel bremsscheibe lenkung lenkrad fahrwerk achse welle lager
kugellager zahnrad ritzel kette riemen feder dämpfer stoßdämpfer kolben zylinder ventil pumpe
filter tank kühler lüfter heizung klima scheibe spiegel sitz gurt airbag tür haube klappe
karosserie rahmen träger halter halterung blech profil rohr schlauch dichtring dichtung
schraube mutter bolzen niete stift scheibe clip klammer buchse hülse gehäuse deckel kappe
abdeckung verkleidung griff knopf hebel pedal modul einheit baugruppe komponente element
werkstoff stahl aluminium kunststoff gummi guss kupfer messing titan glas holz papier karton
folie öl fett schmierstoff kühlmittel reiniger lack farbe kleber klebstoff
charge los serie prototyp muster erstmuster nullserie vorserie serienanlauf anlauf sop eop
ppap apqp fmea spc msa 8d ishikawa audit zertifizierung norm iatf iso vda
montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz april mai
juni juli august september oktober november dezember frühling sommer herbst winter
feiertag ostern pfingsten weihnachten silvester neujahr urlaub ferien betriebsurlaub
nord süd ost west norden süden osten westen stadt dorf region kreis land bund staat europa
deutschland österreich schweiz polen tschechien ungarn rumänien türkei italien frankreich
spanien china indien mexiko usa amerika
meeting call update feedback deadline kickoff kick-off review workshop webinar session
briefing onboarding offboarding homeoffice office home remote hybrid event party lunch
dinner break pause news newsletter ticket issue task todo to-do status report reporting
forecast budget invoice order delivery shipment supplier customer client vendor partner
contract offer quote quotation request reminder notice note info agenda minutes summary
team management manager lead leader head director board staff support service helpdesk
desk hotline account sales purchasing procurement logistics production quality engineering
finance accounting hr legal admin administration it security safety maintenance operations
plant site factory warehouse office headquarters hq department unit group division
project program product part parts component components tool tools system systems data
file files document documents drawing drawings spec specs specification sample samples
"""

# Surname endings no German noun has ("-ski", "-vić", "-enko", "-oğlu", "-poulos").
SURNAME_ENDINGS = """
ski wska ńska nska lska rska cki cka dzki dzka wicz owicz ewicz vić vic vich ić ič ović ov ova ev
eva enko chuk czuk czyk czak yan oglu oğlu zadeh poulos poulou idis idou akis escu eanu aitė ienė
ytė
"""

# Everyday German nouns (lower case) that may follow a first name in a sentence ("Max Kaffee").
EVERYDAY_NOUNS = """
kaffee wasser essen zeit jahr mensch tag hand auge welt stadt haus weg bild geld leben hilfe
frage antwort recht ende grund platz seite beispiel familie problem fall art woche stunde nacht
morgen abend auto zug bahn brief buch zimmer tür fenster tisch stuhl bett küche garten straße
schule kirche kopf herz fuß bein arm gesicht stimme wort satz sprache nummer zahl farbe musik
spiel sport film radio telefon handy computer laptop internet nachricht zeitung brot fleisch
obst gemüse bier wein milch tee saft kuchen pizza suppe salat mittagessen frühstück pause reise
hotel flug besuch geschenk party feier geburtstag glückwunsch gesundheit erfolg spaß freude
angst sorge idee wunsch dank kuss glück pech wetter sonne regen schnee wind himmel luft feuer
wald baum blume tier hund katze pferd vogel schlüssel tasche jacke schuhe brille uhr karte
zettel stift kuli block drucker bildschirm maus tastatur kabel akku ladekabel passwort konto
zugang rechner server netz netzwerk wlan drucker kopierer scanner fax post paket päckchen
bescheid info infos bericht feedback rückmeldung nachricht tipp hinweis zusage absage
erlaubnis genehmigung unterschrift stempel kopie original ausdruck liste tabelle datei
ordner mappe akte formular antrag zeugnis vertrag kündigung lohn gehalt prämie bonus urlaub
überstunden schicht dienst einsatz vertretung krankheit arzt termin besprechung meeting
kantine parkplatz tor halle werk lager büro raum etage keller dach hof garage werkstatt
geld rechnung mahnung gutschrift rabatt preis angebot auftrag bestellung lieferung ware
grüße gruß glück gute gutes besserung erholung feierabend wochenende ferien
"""

# Endings of German nouns that names practically never have.
NOUN_SUFFIXES = """
ung ungen heit heiten keit keiten schaft schaften tion tionen sion sionen ität itäten nis
nisse tum tümer ment ments ismus ismen erei ereien elei atur aturen ektur ktur age agen ie ien
ik iken chen lein anz anzen enz enzen eur eure teur ingenieur tik logie grafie graphie thek
ose isierung ierung ware waren zeug stoff stoffe gerät geräte teil teile gabe gaben nahme
nahmen fahrt kunft sicht schrift wahl lauf druck bruch stand satz schluss trag fall griff
"""

# Heads of German compounds ("Werkzeugmaschine" -> "maschine"); none forms common surnames.
NOUN_HEADS = """
abteilung anlage anlagen anfrage angebot antrag arbeit auftrag aufträge ausweis bauteil
bauteile behälter bereich bericht besprechung bestellung betrieb blech daten datei dokument
einheit fahrzeug fehler formular gebäude gerät geräte gehäuse gruppe halle halter kabel karton
kiste kosten kunde kunden leiter leitung liste lager linie maschine maschinen material menge
meldung messung modul muster nummer palette paletten plan pläne platz prozess prüfung preis
protokoll rechnung runde schicht schraube schrauben sensor stelle stellen steuerung stück
system tabelle team teil teile termin test tür vertrag vorlage wagen werk werkzeug zeichnung
zeit zentrale ziel schein scheine woche wochen monat jahr jahre tage stunde stunden minute
abschnitt punkt punkte wert werte zahl zahlen summe seite seiten display
betrag budget info infos mail mails
nachricht nachrichten liste listen übersicht status lauf läufe anlauf ablauf verlauf zulauf
ware waren gut güter raum räume büro büros amt ämter zimmer platte platten rohr rohre welle
wellen lager scheibe scheiben feder federn ventil ventile pumpe pumpen motor motoren getriebe
achse achsen rad räder reifen tank tanks filter stecker schalter buchse hülse deckel kappe
klappe rahmen profil profile dichtung ring ringe mutter muttern bolzen stift stifte niete
kleber lack farbe folie öl fett mittel mitteln stoff stoffe auto autos bus busse zug züge
name namen dienst dienste
"""
