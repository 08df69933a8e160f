"""PII filter: German and English recognizers on Presidio, policies, pseudonyms and receipts."""
