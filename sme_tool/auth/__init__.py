"""Staff accounts: sign-in, roles and the region each account may see."""
