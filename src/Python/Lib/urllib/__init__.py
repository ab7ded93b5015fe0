"""URL handling: urllib.parse."""
