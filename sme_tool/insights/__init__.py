"""The region managers' pages: what the firms of their region need and ask."""
