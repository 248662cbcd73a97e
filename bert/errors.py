"""Error types of the BERT core, in a leaf module so that any core module can raise them."""


class CheckpointError(ValueError):
    """A checkpoint that cannot be found or read; the message names the file."""
