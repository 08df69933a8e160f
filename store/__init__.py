"""The ground floor: the relational store (engine, sessions, Base, migrations, upserts).

Every other package stands on it; it imports none of them (but the migrations' environment,
which loads every table module for Alembic).
"""
