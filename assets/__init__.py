"""Icons, sounds, theme files and document templates shipped with the kiosk."""
