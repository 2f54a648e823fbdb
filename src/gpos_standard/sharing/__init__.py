"""Preparing data to leave the originating agency: sharing policy, redaction, pseudonyms and safe statistics.

Victim data is among the most sensitive data members hold, so what each audience may receive is decided in one
place (:mod:`.policy`), applied in one place (:mod:`.redact`), and published as aggregate figures only after
small-cell suppression (:mod:`.stats`, :mod:`.suppression`).
"""
