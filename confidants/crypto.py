"""Keys and ciphertext for the confidant module (libsodium through PyNaCl).

- A confidant's private key is stored only inside a SecretBox whose key is derived (Argon2id)
  from their passphrase, and a second copy inside a SecretBox keyed by a recovery key shown once.
- Each case has a random case key. Everything a reporter or confidant writes is a SecretBox
  under that key; the case key itself is stored only sealed (SealedBox) to each recipient
  confidant's public key and, for an anonymous thread, wrapped with a key derived from the
  receipt code. Nothing here ever uses the server's SECRET_KEY.
- A receipt code is found again through an Argon2id digest under a fixed salt (100-bit codes make
  a per-row salt unnecessary for lookups); the wrapping key uses a separate per-case salt.
"""

import base64
import secrets
from dataclasses import dataclass

from django.conf import settings
from nacl import pwhash, utils
from nacl.exceptions import CryptoError
from nacl.public import PrivateKey, PublicKey, SealedBox
from nacl.secret import SecretBox

__all__ = ["CryptoError"]

_LEVELS = {
    "moderate": (pwhash.argon2id.OPSLIMIT_MODERATE, pwhash.argon2id.MEMLIMIT_MODERATE),
    "interactive": (pwhash.argon2id.OPSLIMIT_INTERACTIVE, pwhash.argon2id.MEMLIMIT_INTERACTIVE),
    "min": (pwhash.argon2id.OPSLIMIT_MIN, pwhash.argon2id.MEMLIMIT_MIN),
}
_RECEIPT_LOOKUP_SALT = b"confidants.rcpt1"  # 16 bytes; public by design, see module docstring
_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U
RECEIPT_CODE_LENGTH = 20  # 20 x 5 bits = 100 bits
RECOVERY_KEY_LENGTH = 52  # 52 x 5 bits = 260 bits, covers a 256-bit key


def kdf_level() -> tuple[int, int]:
    """(opslimit, memlimit) for new derivations, from CONFIDANT_KDF_LEVEL."""
    return _LEVELS[settings.CONFIDANT_KDF_LEVEL]


def _derive(secret: str, salt: bytes, opslimit: int, memlimit: int) -> bytes:
    return pwhash.argon2id.kdf(
        SecretBox.KEY_SIZE, secret.encode(), salt, opslimit=opslimit, memlimit=memlimit
    )


@dataclass(frozen=True)
class KeyMaterial:
    """What is stored for a confidant: nothing here opens anything without the passphrase or
    the recovery key."""

    public_key: bytes
    locked_private_key: bytes
    salt: bytes
    opslimit: int
    memlimit: int
    recovery_locked_private_key: bytes


def keys_generate(*, passphrase: str) -> tuple[KeyMaterial, str]:
    """A new key pair locked by `passphrase`; returns the material and the recovery key, which
    is shown once and never stored."""
    private = PrivateKey.generate()
    recovery_key = code_generate(RECOVERY_KEY_LENGTH)
    return keys_lock(private=private, passphrase=passphrase, recovery_key=recovery_key), (
        recovery_key
    )


def keys_lock(*, private: PrivateKey, passphrase: str, recovery_key: str) -> KeyMaterial:
    salt = utils.random(pwhash.argon2id.SALTBYTES)
    opslimit, memlimit = kdf_level()
    recovery_salt = salt[::-1]
    return KeyMaterial(
        public_key=bytes(private.public_key),
        locked_private_key=SecretBox(_derive(passphrase, salt, opslimit, memlimit)).encrypt(
            bytes(private)
        ),
        salt=salt,
        opslimit=opslimit,
        memlimit=memlimit,
        recovery_locked_private_key=SecretBox(
            _derive(code_normalise(recovery_key), recovery_salt, opslimit, memlimit)
        ).encrypt(bytes(private)),
    )


def private_key_unlock(*, material: KeyMaterial, passphrase: str) -> PrivateKey:
    """Raises CryptoError for a wrong passphrase."""
    key = _derive(passphrase, material.salt, material.opslimit, material.memlimit)
    return PrivateKey(SecretBox(key).decrypt(material.locked_private_key))


def private_key_recover(*, material: KeyMaterial, recovery_key: str) -> PrivateKey:
    """Raises CryptoError for a wrong recovery key."""
    key = _derive(
        code_normalise(recovery_key), material.salt[::-1], material.opslimit, material.memlimit
    )
    return PrivateKey(SecretBox(key).decrypt(material.recovery_locked_private_key))


def case_key_new() -> bytes:
    return utils.random(SecretBox.KEY_SIZE)


def case_key_seal(*, case_key: bytes, public_key: bytes) -> bytes:
    return SealedBox(PublicKey(public_key)).encrypt(case_key)


def case_key_open(*, sealed: bytes, private: PrivateKey) -> bytes:
    """Raises CryptoError when the case key was not sealed to this confidant."""
    return SealedBox(private).decrypt(sealed)


def text_seal(*, case_key: bytes, text: str) -> bytes:
    return SecretBox(case_key).encrypt(text.encode())


def text_open(*, case_key: bytes, sealed: bytes) -> str:
    return SecretBox(case_key).decrypt(bytes(sealed)).decode()


def code_generate(length: int = RECEIPT_CODE_LENGTH) -> str:
    return "".join(secrets.choice(_CODE_ALPHABET) for _ in range(length))


def code_normalise(code: str) -> str:
    """Upper case without spaces or dashes; O read as 0 and I or L as 1, as people type them."""
    cleaned = "".join(code.split()).replace("-", "").upper()
    return cleaned.translate(str.maketrans({"O": "0", "I": "1", "L": "1"}))


def code_format(code: str) -> str:
    """Groups of four for reading aloud and writing down."""
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))


def receipt_lookup(code: str) -> str:
    """The stored Argon2id digest a receipt code is found by (hex)."""
    opslimit, memlimit = kdf_level()
    digest = _derive(code_normalise(code), _RECEIPT_LOOKUP_SALT, opslimit, memlimit)
    return digest.hex()


def receipt_wrap(*, code: str, case_key: bytes) -> tuple[bytes, bytes]:
    """(salt, wrapped case key): the reporter's own way in, opened with the code alone."""
    salt = utils.random(pwhash.argon2id.SALTBYTES)
    opslimit, memlimit = kdf_level()
    key = _derive(code_normalise(code), salt, opslimit, memlimit)
    return salt, SecretBox(key).encrypt(case_key)


def receipt_unwrap(*, code: str, salt: bytes, wrapped: bytes) -> bytes:
    opslimit, memlimit = kdf_level()
    key = _derive(code_normalise(code), bytes(salt), opslimit, memlimit)
    return SecretBox(key).decrypt(bytes(wrapped))


def session_wrap(private: PrivateKey) -> tuple[str, str]:
    """(browser half, server half) of an unlocked key: a random key that lives only in the
    browser's cookie, and the private key boxed under it for the server-side session. Neither
    half alone opens anything."""
    wrap = utils.random(SecretBox.KEY_SIZE)
    boxed = SecretBox(wrap).encrypt(bytes(private))
    return base64.urlsafe_b64encode(wrap).decode(), base64.urlsafe_b64encode(boxed).decode()


def session_unwrap(*, browser_half: str, server_half: str) -> PrivateKey:
    """Raises CryptoError (or ValueError for malformed halves)."""
    wrap = base64.urlsafe_b64decode(browser_half.encode())
    boxed = base64.urlsafe_b64decode(server_half.encode())
    return PrivateKey(SecretBox(wrap).decrypt(boxed))
