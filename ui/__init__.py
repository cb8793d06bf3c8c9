"""Qt Widgets: screens and components. Renders flow views and forwards touches; no business
rules, no device calls, no network."""
