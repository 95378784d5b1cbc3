"""JSON API v1: a stable contract (see docs/api.md and /api/v1/openapi.json)."""
