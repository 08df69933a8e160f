"""The entity types the PII filter knows, with the default action a German SME expects."""

from __future__ import annotations

from typing import Literal

Action = Literal["off", "detect", "mask", "pseudonymize", "block"]
ACTIONS: tuple[Action, ...] = ("off", "detect", "mask", "pseudonymize", "block")

# Entity type -> default action ("pseudonymize names and contact data, mask identifiers").
ENTITY_DEFAULTS: dict[str, Action] = {
    "PERSON": "pseudonymize",
    "ADDRESS": "pseudonymize",  # street + house number, optionally PLZ and city
    "PHONE_NUMBER": "pseudonymize",
    "EMAIL_ADDRESS": "pseudonymize",
    "DATE_OF_BIRTH": "mask",
    "IBAN_CODE": "mask",
    "CREDIT_CARD": "mask",
    "DE_TAX_ID": "mask",  # Steuerliche Identifikationsnummer (11 digits)
    "DE_SOCIAL_SECURITY": "mask",  # Sozialversicherungs-/Rentenversicherungsnummer
    "DE_HEALTH_INSURANCE": "mask",  # Krankenversichertennummer (KVNR)
    "DE_ID_CARD": "mask",  # Personalausweis number
    "DE_PASSPORT": "mask",  # Reisepass number
    "DE_VAT_ID": "mask",  # USt-IdNr (DE + 9 digits)
    "DE_LICENSE_PLATE": "mask",  # Kfz-Kennzeichen
    "IP_ADDRESS": "mask",
    "CONFIDENTIAL_TERM": "mask",  # the tenant's deny-list
}
ENTITY_TYPES: tuple[str, ...] = tuple(ENTITY_DEFAULTS)
