"""SQLAlchemy Core tables of the loaded directory (built from the YAML files)."""
from __future__ import annotations

from sqlalchemy import (
    JSON, Boolean, Column, Date, ForeignKey, Index, Integer, MetaData, String, Table, Text,
)

metadata = MetaData()

organisation = Table(
    "organisation", metadata,
    Column("id", String(36), primary_key=True),
    Column("slug", String(120), nullable=False, unique=True),
    Column("name", Text, nullable=False),
    Column("description", Text),
    Column("website", Text),
    Column("email", Text),
    Column("charity_number", String(20)),
    Column("source_file", Text, nullable=False),
)

service = Table(
    "service", metadata,
    Column("id", String(36), primary_key=True),
    Column("slug", String(160), nullable=False, unique=True),
    Column("organisation_id", String(36), ForeignKey("organisation.id"), nullable=False,
           index=True),
    Column("name", Text, nullable=False),
    Column("description", Text),
    Column("needs", JSON, nullable=False),
    Column("areas", JSON, nullable=False),
    Column("referral", JSON, nullable=False),
    Column("same_day", Boolean, nullable=False),
    Column("text", Text),
    Column("webchat", Text),
    Column("email", Text),
    Column("website", Text),
    Column("hours", JSON),
    Column("hours_note", Text),
    Column("exceptions", JSON),
    Column("min_age", Integer),
    Column("max_age", Integer),
    Column("audience", JSON),
    Column("languages", JSON),
    Column("accessibility", Text),
    Column("cost", Text),
    Column("status", String(10), nullable=False),
    Column("helpline", Integer),
    Column("source", Text, nullable=False),
    Column("last_verified", Date, nullable=False),
    Column("confidence", String(10), nullable=False),
    Column("notes", Text),
)

phone = Table(
    "phone", metadata,
    Column("id", String(36), primary_key=True),
    Column("service_id", String(36), ForeignKey("service.id"), nullable=False, index=True),
    Column("position", Integer, nullable=False),
    Column("number", String(40), nullable=False),
    Column("description", Text),
)

location = Table(
    "location", metadata,
    Column("id", String(36), primary_key=True),
    Column("service_id", String(36), ForeignKey("service.id"), nullable=False, index=True),
    Column("position", Integer, nullable=False),
    Column("name", Text),
    Column("address", Text),
    Column("postcode", String(10)),
    Column("council_area", Text),
)

# One row per (service, need, area served): the search index behind plans and coverage.
service_route = Table(
    "service_route", metadata,
    Column("service_id", String(36), ForeignKey("service.id"), nullable=False),
    Column("need", String(30), nullable=False),
    Column("area", String(60), nullable=False),
    Index("ix_service_route_area_need", "area", "need"),
    Index("ix_service_route_service", "service_id"),
)

directory_meta = Table(
    "directory_meta", metadata,
    Column("key", String(40), primary_key=True),
    Column("value", Text, nullable=False),
)

# Children first: the order rows are deleted in.
DATA_TABLES = (service_route, phone, location, service, organisation)
