"""Recognizer for German vehicle registration plates (Kfz-Kennzeichen).

Plates share their shape with norm names ("DIN EN 1090", "ECE R 10", "SAE J 1939") and with
product and part designations ("Ventilblock Typ HD-VS 250", "valve block HD-VS 250"), so the
district code is checked against the list of German district codes, norm bodies are refused,
and only vehicle context makes a plate: vehicle words (Kennzeichen, Kfz, Lkw, Pkw,
Zugmaschine, Stapler, truck, plate ...) give 0.9 (0.75 for an unknown district with a
hyphen); without them a plate shape scores 0.45 (hyphen, known district) or 0.4, below the
usual threshold. Letter pairs that are norm parts (TS, TR, TL, EN ...) need vehicle context
("Zugmaschine L-TR 5582" is a plate, "VW TL 52" is not), and a type or model word right
before the code ("Typ", "Modell", "Artikel", "Baureihe" ...) rules a plate out.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer

from compliance.pii.recognizers_regex import Hit, RegexRecognizer, Rule, near, words_for

# German Unterscheidungszeichen (current and re-introduced ones, plus official special codes).
_DISTRICT_CODES = """
    A AA AB ABG ABI AC AD AE AF AH AIB AIC AK ALF ALZ AM AN ANA ANG ANK AP APD ARN ART AS ASL
    ASZ AT AU AUR AW AZ AZE AÖ B BA BAD BAR BB BBG BBL BC BCH BD BE BED BER BF BGD BGL BH BI
    BID BIN BIR BIT BIW BK BKS BL BLB BLK BM BN BNA BO BOH BOR BOT BP BRA BRB BRG BRK BRL BRV
    BS BSK BT BTF BUL BW BWL BYL BZ BÖ BÜD BÜR BÜS BÜZ C CA CAS CB CE CHA CLP CLZ CO COC COE
    CR CUX CW D DA DAH DAN DAU DB DBR DD DE DEG DEL DGF DH DI DIL DIN DIZ DKB DL DLG DM DN DO
    DON DU DUD DW DZ DÜW E EA EB EBE EBN EBS ECK ED EE EF EG EH EI EIC EIL EIN EIS EL EM EMD
    EMS EN ER ERB ERH ERK ERZ ES ESB ESW EU EW F FB FD FDB FDS FEU FF FFB FG FI FKB FL FLO FLÖ
    FN FO FOR FR FRG FRI FRW FS FT FTL FW FZ FÜ FÜS G GA GAN GAP GC GD GDB GE GEL GEO GER GF
    GG GHA GHC GI GK GL GLA GM GMN GN GNT GOA GOH GP GR GRA GRH GRI GRM GRZ GS GT GTH GUB GUN
    GV GVM GW GZ GÖ GÜ H HA HAB HAL HAM HAS HB HBN HBS HC HCH HD HDH HDL HE HEB HEF HEI HEL
    HER HET HF HG HGN HGW HH HHM HI HIG HIP HK HL HM HMÜ HN HO HOG HOH HOL HOM HOR HOT HP HR
    HRO HS HSK HST HU HV HVL HWI HX HY HZ HÖS IGB IK IL ILL IN IZ J JE JL JÜL K KA KB KC KE
    KEH KEL KEM KF KG KH KI KIB KK KL KLE KLZ KM KN KO KR KRU KS KT KU KUS KW KY KYF KÖN KÖT
    KÖZ KÜN L LA LAN LAU LB LBS LBZ LC LD LDK LDS LEO LER LEV LG LH LI LIB LIF LIP LL LM LN
    LOS LP LR LRO LSA LSN LSZ LU LUN LUP LWL LÖ LÖB LÜN M MA MAB MAI MAK MAL MB MC MD ME MED
    MEG MEI MEK MER MET MG MGH MGN MH MHL MI MIL MK MKK ML MM MN MO MOD MOL MON MOS MQ MR MS
    MSE MSH MSP MST MTK MTL MVL MW MY MYK MZ MZG MÜ MÜB MÜR N NAB NAI NAU NB ND NDH NE NEA NEB
    NEC NEN NES NEW NF NH NI NK NL NM NMB NMS NOH NOL NOM NOR NP NR NRW NT NU NVP NW NWM NY NZ
    NÖ OA OAL OB OBB OBG OC OCH OD OE OF OG OH OHA OHV OHZ OK OL OP OPR OS OSL OVI OVL OVP OZ
    P PA PAF PAN PAR PB PCH PE PEG PF PI PIR PL PLÖ PM PN PR PRÜ PS PW PZ QFT QLB R RA RC RD
    RDG RE REG REH REI RG RH RI RID RIE RL RM RN RO ROD ROF ROK ROL ROS ROT ROW RP RPL RS RSL
    RT RU RV RW RZ RÜD RÜG S SAB SAD SAL SAN SAW SB SBG SBK SC SCZ SDH SDL SDT SE SEB SEE SEF
    SEL SFA SFB SFT SG SGH SH SHA SHG SHK SHL SI SIG SIM SK SL SLE SLF SLK SLN SLS SLZ SLÜ SM
    SMÜ SN SO SOB SOG SOK SON SP SPB SPN SR SRB SRO ST STA STB STD STE STL SU SUL SW SWA SZ
    SZB SÖM SÜW TBB TDO TE TET TF TG THL THW TIR TO TP TR TS TUT TÖL TÜ UE UEM UER UFF UH UL
    UM UN USI V VAI VB VEC VER VG VIB VIE VIT VK VOH VR VS W WA WAF WAK WAN WAT WB WBS WDA WE
    WEL WEN WER WES WF WHV WI WIL WIS WIT WIZ WK WL WLG WM WMS WN WND WO WOB WOH WOL WOR WOS
    WR WRN WS WSF WST WSW WT WTM WUG WUN WUR WW WZ WZL WÜ WÜM X Y Z ZE ZEL ZI ZIG ZP ZR ZW ZZ
    ÖHR
"""
DISTRICTS = frozenset(_DISTRICT_CODES.split())
PLATE_CONTEXT = {
    "de": (
        "kennzeichen*", "kfz*", "lkw*", "pkw*", "fahrzeug*", "anhänger*", "sattelzug*",
        "zufahrt*", "auto", "wagen", "dienstwagen", "firmenwagen", "transporter", "sprinter",
        "stellplatz", "parkplatz", "parkausweis", "spedition", "fahrer", "zugmaschine",
        "amtliches", "plate", "vehicle", "auflieger*", "sattelauflieger*", "stapler*",
        "gabelstapler*", "unimog", "bus", "motorrad", "parkt", "geparkt", "parken", "kennz.",
        "abgeschleppt", "falschparker", "firmenfahrzeug*", "dienstfahrzeug*", "oldtimer",
        "wohnmobil*",
    ),
    "en": (
        "plate", "plates", "license plate", "licence plate", "number plate", "registration",
        "vehicle*", "car", "truck*", "lorry", "trailer", "van", "parking", "parked", "driver",
        "forklift*", "motorcycle", "motorbike", "kennzeichen*", "kfz*", "lkw*", "pkw*",
    ),
}  # fmt: skip
# A type word before the code makes it a product or model designation ("Ventilblock Typ
# HD-VS 250", "Modell AB-C 12"), even next to vehicle words ("Lkw vom Typ MAN-TG 480").
TYPE_WORDS = (
    "typ", "type", "typs", "modell*", "model*", "artikel*", "art.-nr.", "baureihe", "serie",
    "series", "variante", "ausführung", "bauform", "version", "produkt*", "product*",
)  # fmt: skip
# Standards bodies and norm parts that look like "district letters digits".
NORM_BODIES = frozenset(
    {"DIN", "ISO", "VDA", "VDI", "VDE", "IEC", "ECE", "SAE", "DKE", "NF", "BS", "UNE", "SN", "CEN"}
)
NORM_WORDS = frozenset({"EN", "ISO", "IEC", "TS", "TR", "PAS", "PV", "TL", "GS", "VDA"})

_TYPE_BEFORE = re.compile(
    r"(?<!\w)(?:"
    + "|".join(
        re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) + r"(?!\w)"
        for w in TYPE_WORDS
    )
    + r")[:.]?[ ]+(?:\S+[ ]+)?$",
    re.IGNORECASE,
)
_PLATE = re.compile(
    r"(?<![\w\-./])(?P<district>[A-ZÄÖÜ]{1,3})(?P<sep>-[ ]?| )(?P<letters>[A-Z]{1,2})[ ]?"
    r"(?P<digits>[1-9]\d{0,3})[EH]?(?![\w\-/]|[.,]\d)"
)


def _plate_rule(language: str) -> Rule:
    """Plates: district list and norm words decide shape, vehicle context the score."""
    words = words_for(language, PLATE_CONTEXT)

    def score(text: str, match: re.Match[str]) -> Hit | None:
        district, letters = match.group("district"), match.group("letters")
        hyphen = match.group("sep").startswith("-")
        if district in NORM_BODIES and (not hyphen or letters in NORM_WORDS):
            return None
        known = district in DISTRICTS
        if not known and not hyphen:
            return None
        start, end = match.span()
        if _after_type_word(text, start):
            return None
        if near(text, start, end, words):
            return Hit(start, end, 0.9 if known else 0.75)
        if letters in NORM_WORDS:
            return None  # "VW TL 52", "DIN-EN 1090" without a vehicle nearby: a norm
        return Hit(start, end, 0.45 if known and hyphen else 0.4)

    return Rule("plate", _PLATE, score)


def _after_type_word(text: str, start: int) -> bool:
    """Whether a type/model word stands directly before the code (at most one word between)."""
    head = text[max(0, start - 25) : start]
    return _TYPE_BEFORE.search(head) is not None


def plate_recognizers(language: str) -> list[EntityRecognizer]:
    """The Kfz-Kennzeichen recognizer for one language."""
    return [
        RegexRecognizer(
            f"DeLicensePlateRecognizer_{language}",
            ["DE_LICENSE_PLATE"],
            language,
            [_plate_rule(language)],
        )
    ]
