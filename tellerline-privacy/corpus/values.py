"""Value generators for the PII evaluation corpus: synthetic, checksum-correct test values only."""
import random
import string

IBAN_FORMATS = {  # country: (length, bban pattern: n = digit, a = upper letter, c = alnum)
    "DE": "n" * 18, "AT": "n" * 16, "CH": "n" * 17, "FR": "n" * 10 + "c" * 11 + "nn",
    "GB": "aaaa" + "n" * 14, "NL": "aaaa" + "n" * 10, "ES": "n" * 20, "IT": "a" + "n" * 10 + "c" * 12,
    "BE": "n" * 12, "PL": "n" * 24, "IE": "aaaa" + "n" * 14, "LU": "nnn" + "c" * 13, "NO": "n" * 11,
    "SE": "n" * 20, "DK": "n" * 14, "PT": "n" * 21, "LI": "n" * 5 + "c" * 12, "SA": "nn" + "c" * 18,
}
WELL_KNOWN_IBANS = [
    "DE89370400440532013000", "GB82WEST12345698765432", "GB29NWBK60161331926819",
    "FR1420041010050500013M02606", "NL91ABNA0417164300", "CH9300762011623852957",
    "AT611904300234573201", "BE68539007547034", "ES9121000418450200051332",
]
CARD_TESTS = [
    "4111111111111111", "4242424242424242", "5555555555554444", "2223003122003222",
    "378282246310005", "6011111111111117", "3530111333300000", "30569309025904",
    "5105105105105100", "4012888888881881", "371449635398431",
]
CARD_SCHEMES = [  # (prefixes, length)
    (["4"], 16), (["51", "52", "53", "54", "55"], 16), (["2221", "2500", "2720"], 16),
    (["34", "37"], 15), (["6011", "65", "644"], 16), (["3528", "3566", "3589"], 16),
    (["36"], 14), (["6759", "6761"], 16), (["672"], 19), (["4"], 13), (["6011"], 19),
]


def mod97(s):
    r = 0
    for ch in s:
        v = int(ch) if ch.isdigit() else ord(ch) - 55
        r = (r * 100 + v) % 97 if v > 9 else (r * 10 + v) % 97
    return r


def make_iban(rng, country):
    bban = "".join(
        rng.choice(string.digits) if p == "n" else rng.choice(string.ascii_uppercase) if p == "a"
        else rng.choice(string.digits + string.ascii_uppercase) for p in IBAN_FORMATS[country])
    check = 98 - mod97(bban + country + "00")
    return f"{country}{check:02d}{bban}"


def bad_iban(rng, country):
    good = make_iban(rng, country)
    check = int(good[2:4])
    wrong = (check + rng.randint(1, 50)) % 97 + 2
    if wrong == check:
        wrong = check + 1
    return f"{country}{wrong:02d}{good[4:]}"


def luhn_digit(partial):
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(number):
    return luhn_digit(number[:-1]) == number[-1]


def make_card(rng):
    prefixes, length = rng.choice(CARD_SCHEMES)
    p = rng.choice(prefixes)
    body = p + "".join(rng.choice(string.digits) for _ in range(length - len(p) - 1))
    return body + luhn_digit(body)


def bad_card(rng):
    good = make_card(rng) if rng.random() < 0.7 else rng.choice(CARD_TESTS)
    last = (int(good[-1]) + rng.randint(1, 9)) % 10
    return good[:-1] + str(last)


def group_card(rng, number):
    style = rng.random()
    if len(number) == 15 and style < 0.6:
        return f"{number[:4]} {number[4:10]} {number[10:]}"
    if style < 0.45:
        sep = " "
    elif style < 0.65:
        sep = "-"
    elif style < 0.7:
        sep = "."
    else:
        return number
    return sep.join(number[i:i + 4] for i in range(0, len(number), 4))


def group_iban(rng, iban):
    style = rng.random()
    text = iban.lower() if rng.random() < 0.12 else iban
    if style < 0.55:
        return " ".join(text[i:i + 4] for i in range(0, len(text), 4))
    if style < 0.65:
        return "-".join(text[i:i + 4] for i in range(0, len(text), 4))
    return text


def make_account(rng):
    return "0" + "".join(rng.choice(string.digits) for _ in range(9))


def group_account(rng, acct):
    style = rng.random()
    if style < 0.5:
        return acct
    if style < 0.8:
        return f"{acct[:4]} {acct[4:8]} {acct[8:]}"
    return f"{acct[:3]}-{acct[3:6]}-{acct[6:]}"


def make_ssn(rng, dashed=True):
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    if dashed == "space":
        return f"{area:03d} {group:02d} {serial:04d}"
    return f"{area:03d}-{group:02d}-{serial:04d}" if dashed else f"{area:03d}{group:02d}{serial:04d}"


def bad_ssn(rng):
    area = rng.choice([0, 666, 900, 987])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


NINO_FIRST = [c for c in string.ascii_uppercase if c not in "DFIQUV"]
NINO_SECOND = [c for c in string.ascii_uppercase if c not in "DFIOQUV"]


def make_nino(rng, spaced=None):
    while True:
        prefix = rng.choice(NINO_FIRST) + rng.choice(NINO_SECOND)
        if prefix not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}:
            break
    d = "".join(rng.choice(string.digits) for _ in range(6))
    suffix = rng.choice("ABCD")
    spaced = rng.random() < 0.5 if spaced is None else spaced
    return f"{prefix} {d[:2]} {d[2:4]} {d[4:]} {suffix}" if spaced else f"{prefix}{d}{suffix}"


def steuer_check(d10):
    product = 10
    for ch in d10:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    c = 11 - product
    return "0" if c == 10 else str(c)


def make_steuer_id(rng):
    while True:
        digits = rng.sample(string.digits, 9)
        if digits[0] == "0":
            continue
        twice = rng.choice(digits)
        pos = rng.randint(1, 9)
        digits.insert(pos, twice)
        if digits[0] == "0":
            continue
        d10 = "".join(digits)
        return d10 + steuer_check(d10)


def group_steuer(rng, tid):
    return f"{tid[:2]} {tid[2:5]} {tid[5:8]} {tid[8:]}" if rng.random() < 0.4 else tid


MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
             "Oktober", "November", "Dezember"]


def make_date(rng, lang, year_range=(1940, 2005)):
    y, m, d = rng.randint(*year_range), rng.randint(1, 12), rng.randint(1, 28)
    style = rng.random()
    if lang == "de":
        if style < 0.5:
            return f"{d:02d}.{m:02d}.{y}"
        if style < 0.65:
            return f"{d}.{m}.{y}"
        if style < 0.9:
            return f"{d}. {MONTHS_DE[m - 1]} {y}"
        return f"{y}-{m:02d}-{d:02d}"
    if style < 0.3:
        return f"{d:02d}/{m:02d}/{y}"
    if style < 0.45:
        return f"{m}/{d}/{y}"
    if style < 0.7:
        return f"{d} {MONTHS_EN[m - 1]} {y}"
    if style < 0.85:
        return f"{MONTHS_EN[m - 1]} {d}, {y}"
    return f"{y}-{m:02d}-{d:02d}"


def digits(rng, n):
    return "".join(rng.choice(string.digits) for _ in range(n))


PHONES = {
    "DE": lambda r: r.choice([
        f"0170 {digits(r, 7)}", f"0151 {digits(r, 8)}", f"0176 {digits(r, 8)}", f"0160 {digits(r, 7)}",
        f"030 {r.randint(2, 9)}{digits(r, 7)}", f"089 {r.randint(2, 9)}{digits(r, 6)}",
        f"0221 {r.randint(2, 9)}{digits(r, 6)}", f"030/{r.randint(2, 9)}{digits(r, 7)}",
        f"0211-{r.randint(2, 9)}{digits(r, 6)}", f"0172{digits(r, 7)}"]),
    "DE_INTL": lambda r: r.choice([
        f"+49 170 {digits(r, 7)}", f"+49 30 {r.randint(2, 9)}{digits(r, 7)}",
        f"+49 (0)221 {r.randint(2, 9)}{digits(r, 6)}", f"0049 89 {r.randint(2, 9)}{digits(r, 6)}",
        f"+49151{digits(r, 8)}"]),
    "AT": lambda r: r.choice([f"0664 {digits(r, 7)}", f"+43 1 {r.randint(2, 9)}{digits(r, 6)}",
                              f"+43 664 {digits(r, 7)}", f"01 {r.randint(2, 9)}{digits(r, 6)}"]),
    "CH": lambda r: r.choice([f"079 {digits(r, 3)} {digits(r, 2)} {digits(r, 2)}",
                              f"+41 44 {r.randint(2, 9)}{digits(r, 2)} {digits(r, 2)} {digits(r, 2)}",
                              f"+41 79 {digits(r, 3)} {digits(r, 2)} {digits(r, 2)}",
                              f"044 {r.randint(2, 9)}{digits(r, 2)} {digits(r, 2)} {digits(r, 2)}"]),
    "GB": lambda r: r.choice([f"020 7946 0{digits(r, 3)}", f"0161 496 0{digits(r, 3)}",
                              f"+44 20 7946 0{digits(r, 3)}", f"0113 496 0{digits(r, 3)}",
                              f"+44 161 496 0{digits(r, 3)}"]),
    "US": lambda r: r.choice([f"({r.choice(['212', '415', '646', '617'])}) 555-01{digits(r, 2)}",
                              f"{r.choice(['312', '202', '303'])}-555-01{digits(r, 2)}",
                              f"+1 {r.choice(['212', '202', '415'])} 555 01{digits(r, 2)}",
                              f"{r.choice(['617', '512'])}.555.01{digits(r, 2)}"]),
}
