"""The regions' support: recommendations for a diagnosis and the public catalogue."""
