"""Item data files (TOML); see docs/items.md."""
