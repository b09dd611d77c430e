"""fupin: tidy, checked quantities from Chinese poverty-alleviation and aid-to-Tibet reports."""
__version__ = "0.1.0"
