import pytest
from wagtail.models import Site

from home.models import HomePage

from .factories import GuideIndexPageFactory


@pytest.fixture
def home(db):
    """The home page the migrations create, served as the default site."""
    return HomePage.objects.get(depth=2)


@pytest.fixture
def site(home):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def guide_index(home):
    return GuideIndexPageFactory(parent=home)
