"""The AI-Act and GDPR documentation pack of a tenant, generated from what the system runs."""
