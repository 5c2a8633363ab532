# SPDX-License-Identifier: GPL-3.0-or-later
"""Signed PDFs for the tests and the benchmark, made as a signing application makes them (PAdES, as
BSrE's TTE does): OpenSSL makes the certification authorities, the signer and a timestamping
authority; a small PDF gets a signature field whose dictionary holds a /ByteRange and a zero-filled
/Contents placeholder; the two ranges around the placeholder are signed with `openssl cms -sign
-binary -outform DER` (detached, with signed attributes, CAdES signing-certificate attribute) and
the DER signature is written into the placeholder as hex. Only /usr/bin/python3 and the `openssl`
command are used."""
import os
import random
import re
import subprocess

CONTENTS_HEX_DIGITS = 16384  # room for an 8 KB signature: the certificates and a timestamp fit


def openssl(*args, cwd=None, stdin=None):
    result = subprocess.run(["openssl", *map(str, args)], capture_output=True, cwd=cwd, input=stdin)
    if result.returncode != 0:
        raise AssertionError(f"openssl {' '.join(map(str, args))} failed: {result.stderr.decode(errors='replace')}")
    return result.stdout


class Pki:
    """A root CA with a signer, a timestamping authority it certifies, and an unknown CA (one the
    user never trusts) with a signer of its own. Files in `folder`."""

    def __init__(self, folder):
        self.folder = folder
        os.makedirs(folder, exist_ok=True)
        self.ca = self._root("ca", "/CN=Root CA Uji/O=Balai Sertifikasi Uji")
        self.signer = self._leaf("signer", "/CN=Budi Santoso/O=Dinas Tenaga Kerja Uji", self.ca, 2)
        self.utf8_signer = self._leaf("utf8-signer", "/CN=Sékar Ayu Wulandari/O=Dinas Uji", self.ca, 3)
        self.tsa = self._leaf("tsa", "/CN=TSA Uji/O=Balai Sertifikasi Uji", self.ca, 4,
                              "extendedKeyUsage=critical,timeStamping")
        self.unknown_ca = self._root("unknown-ca", "/CN=CA Tak Dikenal/O=Penerbit Lain")
        self.stranger = self._leaf("stranger", "/CN=Orang Asing/O=Instansi Lain", self.unknown_ca, 5)

    def path(self, name):
        return os.path.join(self.folder, name)

    def _root(self, name, subject):
        openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", self.path(name + ".key"),
                "-out", self.path(name + ".pem"), "-days", "3650", "-subj", subject, "-utf8",
                "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign")
        return {"cert": self.path(name + ".pem"), "key": self.path(name + ".key"), "chain": self.path(name + ".pem")}

    def _leaf(self, name, subject, issuer, serial, extra=None):
        extensions = self.path(name + ".ext")
        with open(extensions, "w", encoding="utf-8") as out:
            out.write("basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,nonRepudiation\n")
            if extra:
                out.write(extra + "\n")
        openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", self.path(name + ".key"),
                "-out", self.path(name + ".csr"), "-subj", subject, "-utf8")
        openssl("x509", "-req", "-in", self.path(name + ".csr"), "-CA", issuer["cert"], "-CAkey", issuer["key"],
                "-set_serial", serial, "-days", "825", "-out", self.path(name + ".pem"), "-extfile", extensions)
        return {"cert": self.path(name + ".pem"), "key": self.path(name + ".key"), "chain": issuer["cert"]}

    def timestamp_token(self, data_file, work):
        """An RFC 3161 token from the test TSA over the SHA-256 of a file's bytes (DER)."""
        config = os.path.join(work, "tsa.cnf")
        with open(config, "w", encoding="utf-8") as out:
            out.write("[tsa]\ndefault_tsa = tsa_config\n[tsa_config]\n"
                      f"serial = {os.path.join(work, 'tsa-serial')}\n"
                      "default_policy = 1.2.3.4.1\ndigests = sha256\naccuracy = secs:1\n"
                      "ess_cert_id_alg = sha256\nsigner_digest = sha256\n")
        with open(os.path.join(work, "tsa-serial"), "w", encoding="utf-8") as out:
            out.write("01\n")
        query = os.path.join(work, "query.tsq")
        token = os.path.join(work, "token.der")
        openssl("ts", "-query", "-data", data_file, "-sha256", "-cert", "-out", query)
        openssl("ts", "-reply", "-queryfile", query, "-signer", self.tsa["cert"], "-inkey", self.tsa["key"],
                "-chain", self.ca["cert"], "-config", config, "-token_out", "-out", token)
        with open(token, "rb") as source:
            return source.read()


def build_pdf(text="Pakta Integritas", field="Signature1", sub_filter="ETSI.CAdES.detached", kind="Sig",
              hex_digits=CONTENTS_HEX_DIGITS, scan_bytes=0, seed=0):
    """A one-page PDF whose AcroForm holds one signature field, its dictionary with a /ByteRange and
    a /Contents placeholder, and a correct cross-reference table. `scan_bytes` adds an image stream
    of that many pseudo-random bytes, as a scanned page makes a signed decree some hundreds of KB."""
    sig_type = "/DocTimeStamp" if kind == "DocTimeStamp" else "/Sig"
    content = f"BT /F1 14 Tf 72 770 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [4 0 R] /SigFlags 3 >> >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Annots [4 0 R] /Contents 6 0 R "
        b"/Resources << /Font << /F1 7 0 R >> >> >>",
        b"<< /Type /Annot /Subtype /Widget /FT /Sig /T (" + field.encode() + b") /V 5 0 R /Rect [0 0 0 0] /F 132 "
        b"/P 3 0 R >>",
        b"<< /Type " + sig_type.encode() + b" /Filter /Adobe.PPKLite /SubFilter /" + sub_filter.encode() +
        b" /ByteRange [0 0000000000 0000000000 0000000000] /Contents <" + b"0" * hex_digits + b">"
        b" /M (D:20260130101500+07'00') /Name (Budi Santoso) /Reason (Pakta Integritas) /Location (Purwokerto) >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    if scan_bytes:
        pixels = random.Random(seed).randbytes(scan_bytes)
        objects.append(b"<< /Type /XObject /Subtype /Image /Width " + str(scan_bytes).encode() +
                       b" /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length " +
                       str(scan_bytes).encode() + b" >>\nstream\n" + pixels + b"\nendstream")
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def place_byte_range(pdf):
    """Writes the real /ByteRange over the placeholder; returns (pdf, [a, b, c, d])."""
    match = re.search(rb"/Contents <(0+)>", pdf)
    start = match.start(1) - 1  # the '<'
    end = match.end(1) + 1  # after the '>'
    ranges = [0, start, end, len(pdf) - end]
    placeholder = b"[0 0000000000 0000000000 0000000000]"
    written = f"[0 {ranges[1]:<10d} {ranges[2]:<10d} {ranges[3]:<10d}]".encode()
    assert len(written) == len(placeholder)
    at = pdf.index(placeholder)
    return pdf[:at] + written + pdf[at + len(placeholder):], ranges


def write_contents(pdf, ranges, der):
    digits = der.hex().encode()
    room = ranges[2] - ranges[1] - 2
    if len(digits) > room:
        raise AssertionError(f"signature of {len(der)} bytes does not fit {room} hex digits")
    return pdf[:ranges[1] + 1] + digits + b"0" * (room - len(digits)) + pdf[ranges[2] - 1:]


def sign(pdf, signer, work, digest="sha256"):
    """The PDF with a PAdES-style detached CMS signature over its ByteRange."""
    pdf, ranges = place_byte_range(pdf)
    data = os.path.join(work, "signed-ranges.bin")
    with open(data, "wb") as out:
        out.write(pdf[:ranges[1]] + pdf[ranges[2]:])
    der = openssl("cms", "-sign", "-binary", "-in", data, "-signer", signer["cert"], "-inkey", signer["key"],
                  "-certfile", signer["chain"], "-outform", "DER", "-md", digest, "-cades", "-nosmimecap")
    return write_contents(pdf, ranges, der)


def _der_header(data, position):
    """(tag, offset of the content, content length) of the DER element at `position`."""
    tag = data[position]
    first = data[position + 1]
    if first < 0x80:
        return tag, position + 2, first
    count = first & 0x7F
    return tag, position + 2 + count, int.from_bytes(data[position + 2:position + 2 + count], "big")


def _der_children(content):
    children, position = [], 0
    while position < len(content):
        _, start, length = _der_header(content, position)
        children.append(content[position:start + length])
        position = start + length
    return children


def _der(tag, content):
    length = len(content)
    if length < 0x80:
        return bytes([tag, length]) + content
    size = (length.bit_length() + 7) // 8
    return bytes([tag, 0x80 | size]) + length.to_bytes(size, "big") + content


def _content(element):
    _, start, length = _der_header(element, 0)
    return element[start:start + length]


TIMESTAMP_TOKEN_OID = bytes.fromhex("060b2a864886f70d010910020e")  # id-aa-signatureTimeStampToken


def add_signature_timestamp(der, pki, work, stamp_other_bytes=False):
    """The CMS signature with a signature timestamp (PAdES-B-T, as BSrE's TSA adds one): an RFC 3161
    token over the signature value, as the unsigned attribute id-aa-signatureTimeStampToken of the
    one SignerInfo. The DER is rebuilt from the SignerInfo up (ContentInfo > [0] > SignedData >
    signerInfos), since every enclosing length grows."""
    _, start, length = _der_header(der, 0)
    content_info = _der_children(der[start:start + length])
    signed_data = _der_children(_content(_der_children(_content(content_info[1]))[0]))
    signer_infos = _der_children(_content(signed_data[-1]))
    signer_info = _der_children(_content(signer_infos[0]))
    signature_value = _content(signer_info[-1])
    stamped = os.path.join(work, "signature-value.bin")
    with open(stamped, "wb") as out:
        out.write(b"other bytes" if stamp_other_bytes else signature_value)
    token = pki.timestamp_token(stamped, work)
    attribute = _der(0x30, TIMESTAMP_TOKEN_OID + _der(0x31, token))
    signer_info.append(_der(0xA1, attribute))
    signer_infos[0] = _der(0x30, b"".join(signer_info))
    signed_data[-1] = _der(0x31, b"".join(signer_infos))
    content_info[1] = _der(0xA0, _der(0x30, b"".join(signed_data)))
    return _der(0x30, b"".join(content_info))


def sign_with_timestamp(pdf, signer, pki, work, stamp_other_bytes=False):
    """As `sign`, with a signature timestamp from the test TSA in the signature."""
    pdf, ranges = place_byte_range(pdf)
    data = os.path.join(work, "signed-ranges.bin")
    with open(data, "wb") as out:
        out.write(pdf[:ranges[1]] + pdf[ranges[2]:])
    der = openssl("cms", "-sign", "-binary", "-in", data, "-signer", signer["cert"], "-inkey", signer["key"],
                  "-certfile", signer["chain"], "-outform", "DER", "-md", "sha256", "-cades", "-nosmimecap")
    return write_contents(pdf, ranges, add_signature_timestamp(der, pki, work, stamp_other_bytes))


def timestamp(pdf, pki, work):
    """The PDF (built with kind="DocTimeStamp") with a document timestamp over its ByteRange."""
    pdf, ranges = place_byte_range(pdf)
    data = os.path.join(work, "stamped-ranges.bin")
    with open(data, "wb") as out:
        out.write(pdf[:ranges[1]] + pdf[ranges[2]:])
    return write_contents(pdf, ranges, pki.timestamp_token(data, work))


def signature_der(pdf):
    """The DER signature in a signed PDF's /Contents (without the zero padding's trailing zeros
    beyond the DER length is not needed: callers edit bytes inside it)."""
    match = re.search(rb"/Contents <([0-9a-fA-F]+)>", pdf)
    return match.start(1), match.group(1)


def second_signature_field(pdf, field="Signature2"):
    """Appends an incremental update that adds a second, empty signature field (its dictionary
    with placeholders), as a second signer's application does before signing; `sign` then signs
    the whole file, the first signature's revision included."""
    startxref = int(re.findall(rb"startxref\s+(\d+)", pdf)[-1])
    objects = {
        1: b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [4 0 R 8 0 R] /SigFlags 3 >> >>",
        8: b"<< /Type /Annot /Subtype /Widget /FT /Sig /T (" + field.encode() + b") /V 9 0 R /Rect [0 0 0 0] "
           b"/F 132 /P 3 0 R >>",
        9: b"<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached "
           b"/ByteRange [0 0000000000 0000000000 0000000000] /Contents <" + b"0" * CONTENTS_HEX_DIGITS + b">"
           b" /M (D:20260131090000+07'00') /Reason (Mengetahui) >>",
    }
    update = bytearray(b"\n")
    offsets = {}
    for number, body in objects.items():
        offsets[number] = len(pdf) + len(update)
        update += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(pdf) + len(update)
    update += f"xref\n1 1\n{offsets[1]:010d} 00000 n \n8 2\n{offsets[8]:010d} 00000 n \n{offsets[9]:010d} 00000 n \n".encode()
    update += f"trailer\n<< /Size 10 /Root 1 0 R /Prev {startxref} >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return pdf + bytes(update)


def incremental_update(pdf, new_text="Pakta Integritas (diubah)"):
    """Appends an incremental update that replaces the page's content stream, as an editor saving
    a change to a signed document does."""
    startxref = int(re.findall(rb"startxref\s+(\d+)", pdf)[-1])
    content = f"BT /F1 14 Tf 72 770 Td ({new_text}) Tj ET".encode()
    update = bytearray()
    offset = len(pdf)
    update += b"6 0 obj\n<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + \
        b"\nendstream\nendobj\n"
    xref = len(pdf) + len(update)
    update += f"xref\n6 1\n{offset:010d} 00000 n \n".encode()
    update += f"trailer\n<< /Size 8 /Root 1 0 R /Prev {startxref} >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return pdf + bytes(update)
