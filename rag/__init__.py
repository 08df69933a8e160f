"""Retrieval: readers, chunking, embedders, per-tenant vector indexes (sealed text), ingestion
jobs, retrieval with citations and the per-firm retrieval self-test."""
