"""Front ends: each turns one kind of input into a :class:`~articlekit.page.Page` of blocks."""
