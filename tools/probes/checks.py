"""Check-digit generators for the probe corpus (valid by each spec)."""
import hashlib, random, string

def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9: x -= 9
        s += x
    return s % 10 == 0

def luhn_complete(prefix):
    for c in '0123456789':
        if luhn_ok(prefix + c): return prefix + c

def rd(n, r): return ''.join(r.choice(string.digits) for _ in range(n))

def card(r, kind):
    if kind == 'visa': p, n = '4' + rd(5, r), 16
    elif kind == 'mc': p, n = str(r.randint(51, 55)) + rd(4, r), 16
    elif kind == 'mc2': p, n = str(r.randint(2221, 2720)) + rd(2, r), 16
    elif kind == 'amex': p, n = r.choice(['34', '37']) + rd(4, r), 15
    elif kind == 'disc': p, n = '6011' + rd(2, r), 16
    elif kind == 'diners': p, n = '36' + rd(4, r), 14
    elif kind == 'jcb': p, n = '35' + str(r.randint(28, 89)) + rd(2, r), 16
    elif kind == 'visa13': p, n = '4' + rd(5, r), 13
    return luhn_complete(p + rd(n - len(p) - 1, r))

def iban_check(cc, bban):
    s = bban + cc + '00'
    num = ''.join(str(int(ch, 36)) for ch in s)
    return '%02d' % (98 - int(num) % 97)

IBAN_FMT = {'GB': 'a4n14', 'DE': 'n18', 'FR': 'n23', 'ES': 'n20', 'IT': 'a1n10c12', 'NL': 'a4n10',
            'BE': 'n12', 'CH': 'n17', 'AT': 'n16', 'PL': 'n24', 'PT': 'n21', 'IE': 'a4n14',
            'SE': 'n20', 'NO': 'n11', 'DK': 'n14', 'FI': 'n14', 'AE': 'n19', 'SA': 'n20', 'TR': 'n22'}

def iban(r, cc):
    import re
    b = ''
    for kind, k in re.findall(r'([anc])(\d+)', IBAN_FMT[cc]):
        for _ in range(int(k)):
            b += r.choice(string.ascii_uppercase if kind == 'a' else string.digits)
    return cc + iban_check(cc, b) + b

def group(s, k, sep=' '):
    return sep.join(s[i:i + k] for i in range(0, len(s), k))

def tfn(r):
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        d = rd(9, r)
        if d[0] != '0' and sum(int(a) * b for a, b in zip(d, w)) % 11 == 0: return d

def abn(r):
    w = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]
    while True:
        d = str(r.randint(1, 9)) + rd(10, r)
        ds = [int(x) for x in d]; ds[0] -= 1
        if sum(a * b for a, b in zip(ds, w)) % 89 == 0: return d

def acn(r):
    d = rd(8, r); w = [8, 7, 6, 5, 4, 3, 2, 1]
    s = sum(int(a) * b for a, b in zip(d, w))
    return d + str((10 - s % 10) % 10)

def medicare(r):
    d = str(r.randint(2, 6)) + rd(7, r); w = [1, 3, 7, 9, 1, 3, 7, 9]
    c = sum(int(a) * b for a, b in zip(d, w)) % 10
    return d + str(c) + str(r.randint(1, 9))

def nhs(r):
    while True:
        d = rd(9, r)
        c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(d)) % 11
        if c == 11: c = 0
        if c != 10: return d + str(c)

def sin(r):
    return luhn_complete(str(r.choice([1, 2, 3, 4, 5, 6, 7, 9])) + rd(7, r))

def za_id(r):
    y = r.randint(1950, 2005); m = r.randint(1, 12); dd = r.randint(1, 28)
    return luhn_complete('%02d%02d%02d' % (y % 100, m, dd) + rd(4, r) + r.choice('01') + '8')

def tr_id(r):
    d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10); d.append(sum(d) % 10)
    return ''.join(map(str, d))

def kr_rrn(r):
    y = r.randint(1950, 2015); m = r.randint(1, 12); dd = r.randint(1, 28)
    g = r.choice([1, 2]) if y < 2000 else r.choice([3, 4])
    s = '%02d%02d%02d%d' % (y % 100, m, dd, g) + rd(5, r)
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(a) * b for a, b in zip(s, w)) % 11) % 10
    return s + str(c)

def pesel(r):
    y = r.randint(1950, 2015); m = r.randint(1, 12); dd = r.randint(1, 28)
    mm = m + (20 if y >= 2000 else 0)
    s = '%02d%02d%02d' % (y % 100, mm, dd) + rd(4, r)
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return s + str((10 - sum(int(a) * b for a, b in zip(s, w)) % 10) % 10)

def se_pnr(r, long=False, sep='-'):
    y = r.randint(1940, 2010); m = r.randint(1, 12); dd = r.randint(1, 28)
    s = '%02d%02d%02d' % (y % 100, m, dd) + rd(3, r)
    s = luhn_complete(s)
    head = ('%04d' % y)[:2] if long else ''
    return head + s[:6] + sep + s[6:]

def hetu(r):
    y = r.randint(1940, 2015); m = r.randint(1, 12); dd = r.randint(1, 28)
    c = '-' if y < 2000 else 'A'
    n = '%03d' % r.randint(2, 899)
    base = '%02d%02d%02d' % (dd, m, y % 100)
    k = '0123456789ABCDEFHJKLMNPRSTUVWXY'[int(base + n) % 31]
    return base + c + n + k

NIF_L = 'TRWAGMYFPDXBNJZSQVHLCKE'
def nif(r):
    d = rd(8, r); return d + NIF_L[int(d) % 23]
def nie(r):
    p = r.choice('XYZ'); d = rd(7, r)
    return p + d + NIF_L[int(str('XYZ'.index(p)) + d) % 23]

def cf(r):
    cons = 'BCDFGHLMNPRSTVZ'; vow = 'AEIOU'
    s = ''.join(r.choice(cons) for _ in range(2)) + r.choice(vow)
    s += r.choice(cons) + r.choice(cons) + r.choice(vow)
    s += '%02d' % r.randint(40, 99) + r.choice('ABCDEHLMPRST') + '%02d' % r.choice(list(range(1, 29)) + list(range(41, 69)))
    s += r.choice('ABCDEFGHLM') + '%03d' % r.randint(1, 999)
    odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
    t = 0
    for i, ch in enumerate(s):
        idx = int(ch) if ch.isdigit() else ord(ch) - 55
        t += odd[idx] if i % 2 == 0 else (idx if idx < 10 else idx - 10)
    return s + chr(65 + t % 26)

def piva(r):
    d = rd(7, r) + '%03d' % r.randint(1, 100)
    x = sum(int(d[2 * i]) for i in range(5))
    y = 0
    for i in range(5):
        t = int(d[2 * i + 1]) * 2; y += t - 9 if t > 9 else t
    return d + str((10 - (x + y) % 10) % 10)

VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
VI = [0,4,3,2,1,5,6,7,8,9]
def verhoeff_ok(s):
    c = 0
    for i, ch in enumerate(reversed(s)): c = VD[c][VP[i % 8][int(ch)]]
    return c == 0
def aadhaar(r):
    p = str(r.randint(2, 9)) + rd(10, r)
    for ch in '0123456789':
        if verhoeff_ok(p + ch): return p + ch

def pan(r):
    U = string.ascii_uppercase
    return ''.join(r.choice(U) for _ in range(3)) + r.choice('PCHFT') + r.choice(U) + rd(4, r) + r.choice(U)

def nric(r):
    p = r.choice('STFG'); d = rd(7, r); w = [2, 7, 6, 5, 4, 3, 2]
    s = sum(int(a) * b for a, b in zip(d, w)) + (4 if p in 'TG' else 0)
    return p + d + ('JZIHGFEDCBA' if p in 'ST' else 'XWUTRQPNMLK')[s % 11]

def npi(r):
    while True:
        p = r.choice('12') + rd(8, r)
        for c in '0123456789':
            if luhn_ok('80840' + p + c): return p + c

def dea(r):
    d = rd(6, r)
    s = int(d[0]) + int(d[2]) + int(d[4]) + 2 * (int(d[1]) + int(d[3]) + int(d[5]))
    return r.choice('ABFGM') + r.choice(string.ascii_uppercase) + d + str(s % 10)

def mbi(r, dash=False):
    A = 'ACDEFGHJKMNPQRTUVWXY'; AN = '0123456789' + A
    s = str(r.randint(1, 9)) + r.choice(A) + r.choice(AN) + str(r.randint(0, 9)) + r.choice(A) + r.choice(AN) + str(r.randint(0, 9)) + r.choice(A) + r.choice(A) + rd(2, r)
    return s[:4] + '-' + s[4:7] + '-' + s[7:] if dash else s

def ssn(r):
    while True:
        a = r.randint(1, 899)
        if a != 666: break
    return '%03d' % a, '%02d' % r.randint(1, 99), '%04d' % r.randint(1, 9999)

def itin(r):
    return '9%02d' % r.randint(0, 99), str(r.choice(list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100)))), '%04d' % r.randint(0, 9999)

B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
def b58check(ver, payload):
    raw = bytes([ver]) + payload
    raw += hashlib.sha256(hashlib.sha256(raw).digest()).digest()[:4]
    n = int.from_bytes(raw, 'big'); out = ''
    while n: n, m = divmod(n, 58); out = B58[m] + out
    return '1' * (len(raw) - len(raw.lstrip(b'\0'))) + out

CH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'
def _polymod(v):
    G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]; c = 1
    for x in v:
        b = c >> 25; c = (c & 0x1ffffff) << 5 ^ x
        for i in range(5): c ^= G[i] if ((b >> i) & 1) else 0
    return c
def _hrp(h): return [ord(x) >> 5 for x in h] + [0] + [ord(x) & 31 for x in h]
def _conv(data):
    acc = bits = 0; out = []
    for b in data:
        acc = (acc << 8) | b; bits += 8
        while bits >= 5: bits -= 5; out.append((acc >> bits) & 31)
    if bits: out.append((acc << (5 - bits)) & 31)
    return out
def segwit(r, ver=0, n=20, hrp='bc'):
    prog = bytes(r.randrange(256) for _ in range(n))
    data = [ver] + _conv(prog)
    const = 1 if ver == 0 else 0x2bc830a3
    pm = _polymod(_hrp(hrp) + data + [0] * 6) ^ const
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + '1' + ''.join(CH[x] for x in data + chk)
def btc(r, kind):
    if kind == 'p2pkh': return b58check(0, bytes(r.randrange(256) for _ in range(20)))
    if kind == 'p2sh': return b58check(5, bytes(r.randrange(256) for _ in range(20)))
    if kind == 'wpkh': return segwit(r, 0, 20)
    if kind == 'wsh': return segwit(r, 0, 32)
    if kind == 'tr': return segwit(r, 1, 32)


# ---- corpus records --------------------------------------------------------

def fill(parts):
    """A record's text and gold from a template's parts: strings as they are,
    (type, value) pairs and callables returning them as labelled values, in
    order (the callables draw from the generator's random stream)."""
    text, ents = '', []
    for p in parts:
        if callable(p):
            p = p()
        if isinstance(p, tuple):
            ty, v = p
            ents.append({'entity_type': ty, 'start': len(text), 'end': len(text) + len(v)})
            text += v
        else:
            text += p
    return text, ents


def write(recs):
    """The records as JSON lines on standard output."""
    import json
    for r in recs:
        print(json.dumps(r, ensure_ascii=False))
