"""Sample organisations built in code (from the seeds) and synthetic ones."""
