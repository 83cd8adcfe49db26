"""The Outlook add-in manifest (XML, "add-in only"), filled in with the server's URL.

One MailApp for Outlook on the web, new and classic Outlook for Windows and
Outlook for Mac: a read-mode task pane with a ribbon button, made pinnable by
the nested ``VersionOverridesV1_1`` block (Mailbox requirement set 1.5).
The committed ``manifest.xml`` at the top of the repository is this template
rendered with :data:`DEFAULT_URL`; ``dealtrail addin manifest --url`` renders it
for a real host.
"""

from __future__ import annotations

import logging
import textwrap
from pathlib import Path
from urllib.parse import urlsplit
from xml.sax.saxutils import escape

from dealtrail.errors import ConfigError

log = logging.getLogger(__name__)

DEFAULT_URL = "https://localhost:8443"
ADDIN_ID = "6d3c9a52-8f1e-4b7a-9c55-2f4e0d1a7b31"
VERSION = "1.0.0.0"

# The ribbon button and the resources, written once: both VersionOverrides blocks carry
# their own copy (the 1.1 block nests in the 1.0 one and the schema wants both).
_GROUP = """<Group id="{group_id}">
  <Label resid="groupLabel"/>
  <Control xsi:type="Button" id="{control_id}">
    <Label resid="buttonLabel"/>
    <Supertip>
      <Title resid="buttonLabel"/>
      <Description resid="buttonTip"/>
    </Supertip>
    <Icon>
      <bt:Image size="16" resid="icon16"/>
      <bt:Image size="32" resid="icon32"/>
      <bt:Image size="80" resid="icon80"/>
    </Icon>
    <Action xsi:type="ShowTaskpane">
      <SourceLocation resid="paneUrl"/>{pinning}
    </Action>
  </Control>
</Group>"""

_RESOURCES = """<Resources>
  <bt:Images>
    <bt:Image id="icon16" DefaultValue="{url}/static/icons/icon-16.png"/>
    <bt:Image id="icon32" DefaultValue="{url}/static/icons/icon-32.png"/>
    <bt:Image id="icon80" DefaultValue="{url}/static/icons/icon-80.png"/>
  </bt:Images>
  <bt:Urls>
    <bt:Url id="paneUrl" DefaultValue="{url}/pane/"/>
  </bt:Urls>
  <bt:ShortStrings>
    <bt:String id="groupLabel" DefaultValue="dealtrail">
      <bt:Override Locale="ru-RU" Value="dealtrail"/>
    </bt:String>
    <bt:String id="buttonLabel" DefaultValue="Client deals">
      <bt:Override Locale="ru-RU" Value="Сделки клиента"/>
    </bt:String>
  </bt:ShortStrings>
  <bt:LongStrings>
    <bt:String id="buttonTip" DefaultValue="Show the client's deals, promises and complaints.">
      <bt:Override Locale="ru-RU" Value="Показать сделки, обещания и жалобы клиента."/>
    </bt:String>
  </bt:LongStrings>
</Resources>"""

_TEMPLATE = """<?xml version="1.0" encoding="UTF-8"?>
<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1"
           xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
           xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0"
           xmlns:mailappor="http://schemas.microsoft.com/office/mailappversionoverrides/1.0"
           xsi:type="MailApp">
  <Id>{addin_id}</Id>
  <Version>{version}</Version>
  <ProviderName>dealtrail</ProviderName>
  <DefaultLocale>en-US</DefaultLocale>
  <DisplayName DefaultValue="dealtrail">
    <Override Locale="ru-RU" Value="dealtrail"/>
  </DisplayName>
  <Description DefaultValue="The client's deals, promises and complaints beside the message.">
    <Override Locale="ru-RU" Value="Сделки, обещания и жалобы клиента рядом с письмом."/>
  </Description>
  <IconUrl DefaultValue="{url}/static/icons/icon-64.png"/>
  <HighResolutionIconUrl DefaultValue="{url}/static/icons/icon-128.png"/>
  <SupportUrl DefaultValue="{url}/help"/>
  <AppDomains>
    <AppDomain>{url}</AppDomain>
  </AppDomains>
  <Hosts>
    <Host Name="Mailbox"/>
  </Hosts>
  <Requirements>
    <Sets>
      <Set Name="Mailbox" MinVersion="1.1"/>
    </Sets>
  </Requirements>
  <FormSettings>
    <Form xsi:type="ItemRead">
      <DesktopSettings>
        <SourceLocation DefaultValue="{url}/pane/"/>
        <RequestedHeight>450</RequestedHeight>
      </DesktopSettings>
    </Form>
  </FormSettings>
  <Permissions>ReadItem</Permissions>
  <Rule xsi:type="RuleCollection" Mode="Or">
    <Rule xsi:type="ItemIs" ItemType="Message" FormType="Read"/>
  </Rule>
  <DisableEntityHighlighting>false</DisableEntityHighlighting>
  <VersionOverrides xmlns="http://schemas.microsoft.com/office/mailappversionoverrides" xsi:type="VersionOverridesV1_0">
    <Requirements>
      <bt:Sets DefaultMinVersion="1.3">
        <bt:Set Name="Mailbox"/>
      </bt:Sets>
    </Requirements>
    <Hosts>
      <Host xsi:type="MailHost">
        <DesktopFormFactor>
          <ExtensionPoint xsi:type="MessageReadCommandSurface">
            <OfficeTab id="TabDefault">
              {group_v10}
            </OfficeTab>
          </ExtensionPoint>
        </DesktopFormFactor>
      </Host>
    </Hosts>
    {resources_v10}
    <VersionOverrides xmlns="http://schemas.microsoft.com/office/mailappversionoverrides/1.1" xsi:type="VersionOverridesV1_1">
      <Requirements>
        <bt:Sets DefaultMinVersion="1.5">
          <bt:Set Name="Mailbox"/>
        </bt:Sets>
      </Requirements>
      <Hosts>
        <Host xsi:type="MailHost">
          <DesktopFormFactor>
            <ExtensionPoint xsi:type="MessageReadCommandSurface">
              <OfficeTab id="TabDefault">
                {group_v11}
              </OfficeTab>
            </ExtensionPoint>
          </DesktopFormFactor>
        </Host>
      </Hosts>
      {resources_v11}
    </VersionOverrides>
  </VersionOverrides>
</OfficeApp>
"""


def normalize_url(url: str) -> str:
    """Check that ``url`` is an https origin (no path, query or fragment) and return it."""
    parts = urlsplit(url.strip())
    if parts.scheme != "https" or not parts.hostname:
        raise ConfigError(
            f"add-in URL {url!r} must start with https:// and name a host; Outlook loads add-ins "
            "only over HTTPS (example: --url https://dealtrail.example.com)"
        )
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise ConfigError(
            f"add-in URL {url!r} must be the server's origin only (scheme, host, port), "
            "without a path; example: https://dealtrail.example.com:8443"
        )
    return f"https://{parts.netloc}"


def render(url: str = DEFAULT_URL) -> str:
    """The manifest XML with every URL pointing at ``url``."""
    origin = escape(normalize_url(url))
    resources = _RESOURCES.format(url=origin)

    def group(group_id: str, control_id: str, pinning: str, indent: int) -> str:
        text = _GROUP.format(group_id=group_id, control_id=control_id, pinning=pinning)
        return _indent_after_first(text, indent)

    pinned = "\n" + " " * 6 + "<SupportsPinning>true</SupportsPinning>"
    return _TEMPLATE.format(
        url=origin, addin_id=ADDIN_ID, version=VERSION,
        group_v10=group("dealtrailReadGroup", "dealtrailOpenPane", "", 14),
        group_v11=group("dealtrailReadGroup11", "dealtrailOpenPane11", pinned, 16),
        resources_v10=_indent_after_first(resources, 4),
        resources_v11=_indent_after_first(resources, 6))


def _indent_after_first(text: str, spaces: int) -> str:
    """``text`` with every line but the first indented (the first sits at the placeholder)."""
    first, _, rest = text.partition("\n")
    return first + ("\n" + textwrap.indent(rest, " " * spaces) if rest else "")


def write(url: str, out: str | Path) -> Path:
    """Render the manifest for ``url`` into the file ``out``."""
    target = Path(out)
    target.write_text(render(url), encoding="utf-8")
    log.info("wrote add-in manifest for %s to %s", url, target)
    return target
