"""Flow engine and item catalogue: Qt-free, so every journey can be tested with plain pytest."""
