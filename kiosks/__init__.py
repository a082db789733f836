"""Public kiosks in libraries and commune culture houses."""

# The cookie that ties a browser to its kiosk. Here, not in views.py, so that the page cache
# (core/pagecache.py), which keys pages by it, need not import the kiosk views.
COOKIE = "dls_kiosk"
