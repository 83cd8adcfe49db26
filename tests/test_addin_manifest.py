"""The add-in manifest: valid against Microsoft's XSDs, pinnable, and every URL served."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest
from click.testing import CliRunner
from lxml import etree
from starlette.testclient import TestClient

from addin import manifest
from addin.app import create_app
from dealtrail.cli import cli
from dealtrail.errors import ConfigError
from tests.conftest import REPO, make_settings

NS = {"o": "http://schemas.microsoft.com/office/appforoffice/1.1",
      "v10": "http://schemas.microsoft.com/office/mailappversionoverrides",
      "v11": "http://schemas.microsoft.com/office/mailappversionoverrides/1.1",
      "bt": "http://schemas.microsoft.com/office/officeappbasictypes/1.0"}


@pytest.fixture(scope="module")
def schema() -> etree.XMLSchema:
    xsd = Path(__file__).resolve().parent / "schemas" / "outlook-manifest" / "OfficeAppManifestV1_1.xsd"
    return etree.XMLSchema(etree.parse(str(xsd)))


def urls_in(doc: etree._ElementTree) -> set[str]:
    found = set()
    for node in doc.iter():
        for value in [node.get("DefaultValue") or "", (node.text or "").strip()]:
            if value.startswith("https://"):
                found.add(value)
    return found


def test_committed_manifest_is_the_default_rendering_and_valid(schema: etree.XMLSchema) -> None:
    committed = (REPO / "manifest.xml").read_text(encoding="utf-8")
    assert committed == manifest.render(manifest.DEFAULT_URL)
    doc = etree.parse(str(REPO / "manifest.xml"))
    schema.assertValid(doc)


def test_read_pane_is_pinnable_only_through_the_nested_v1_1_overrides() -> None:
    doc = etree.parse(str(REPO / "manifest.xml"))
    pinning = doc.xpath("//v11:SupportsPinning", namespaces=NS)
    assert [p.text for p in pinning] == ["true"]
    assert doc.xpath("//v10:SupportsPinning", namespaces=NS) == []
    sets = doc.xpath("//v11:Requirements/bt:Sets/@DefaultMinVersion", namespaces=NS)
    assert sets == ["1.5"]
    assert doc.getroot().get("{http://www.w3.org/2001/XMLSchema-instance}type") == "MailApp"


def test_pinning_in_the_v1_0_block_would_be_rejected(schema: etree.XMLSchema) -> None:
    # Guards the test above: the schema really does police where SupportsPinning may go.
    text = manifest.render().replace(
        "<SourceLocation resid=\"paneUrl\"/>\n                  </Action>",
        "<SourceLocation resid=\"paneUrl\"/>\n<SupportsPinning>true</SupportsPinning></Action>", 1)
    assert not schema.validate(etree.fromstring(text.encode()).getroottree())


def test_every_url_in_the_manifest_is_served_by_the_app(tmp_path: Path) -> None:
    doc = etree.parse(str(REPO / "manifest.xml"))
    urls = urls_in(doc)
    assert any(u.endswith("/pane/") for u in urls) and len(urls) >= 6
    http = TestClient(create_app(make_settings(), tmp_path / "t.db"),
                      base_url=manifest.DEFAULT_URL)
    for url in sorted(urls):
        assert url.startswith(manifest.DEFAULT_URL)
        response = http.get(urlsplit(url).path or "/", follow_redirects=True)
        assert response.status_code == 200, url
        if url.endswith(".png"):
            assert response.headers["content-type"] == "image/png"
            assert response.content.startswith(b"\x89PNG")


def test_cli_writes_a_valid_manifest_for_another_host(tmp_path: Path,
                                                      schema: etree.XMLSchema) -> None:
    out = tmp_path / "m.xml"
    result = CliRunner().invoke(cli, ["addin", "manifest", "--url",
                                      "https://crm.bank.example:9443/", "--out", str(out)])
    assert result.exit_code == 0, result.output
    doc = etree.parse(str(out))
    schema.assertValid(doc)
    urls = urls_in(doc)
    assert urls and all(u.startswith("https://crm.bank.example:9443") for u in urls)


@pytest.mark.parametrize("url", ["http://localhost:8443", "https://host/path", "localhost"])
def test_manifest_refuses_urls_outlook_would_not_load(url: str) -> None:
    with pytest.raises(ConfigError):
        manifest.render(url)
