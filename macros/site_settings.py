"""What the people who publish the site tell the build: where the repository lives and whom readers
can write to (`extra.repo_url`, `extra.repo_branch`, `extra.contact_email` in config/base.yml, set
from the environment variables REPO_URL, REPO_BRANCH and CONTACT_EMAIL).

From the repository come the edit pencil on every page (it opens the YAML or Markdown file the page
is made from) and the link for reporting a mistake. It is deliberately not MkDocs' own `repo_url`:
with that, Material's header asks the code host's API for star counts from every reader's browser.
Nothing set, nothing shown: no page ever links to a repository nobody named.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote

ISSUE_TEMPLATE = "content-error.yml"  # .github/ISSUE_TEMPLATE/, the form for reporting a content error
_REPOSITORY = re.compile(r"^https://[A-Za-z0-9.-]+(:[0-9]+)?(/[A-Za-z0-9._~-]+)+$")
_BRANCH = re.compile(r"^[A-Za-z0-9._/-]+$")
_EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")


class SettingError(ValueError):
    """A setting that would put a broken or unsafe address on every page."""


@dataclass(frozen=True)
class SiteSettings:
    repo_url: str | None = None       # https://github.com/OWNER/REPO
    branch: str = "main"
    contact_email: str | None = None

    @property
    def edit_base(self) -> str | None:
        """The start of every edit address (GitHub's form), or None: then no page shows a pencil."""
        return f"{self.repo_url}/edit/{self.branch}/" if self.repo_url else None

    def edit_url(self, path: str) -> str | None:
        """Where a contributor edits `path` ('data/factors/motivation.yml') in the browser."""
        return self.edit_base + path if self.repo_url else None

    @property
    def report_url(self) -> str | None:
        """The form for reporting a content error."""
        return f"{self.repo_url}/issues/new?template={ISSUE_TEMPLATE}" if self.repo_url else None

    def report_url_for(self, page_address: str) -> str | None:
        """The same form with the page it is about filled in (GitHub fills a form's field from the query)."""
        return f"{self.report_url}&page={quote(page_address, safe='')}" if self.repo_url else None

    @property
    def contributing_url(self) -> str | None:
        """The contributor guide (CONTRIBUTING.md) as the code host shows it."""
        return f"{self.repo_url}/blob/{self.branch}/CONTRIBUTING.md" if self.repo_url else None

    @property
    def mailto(self) -> str | None:
        return f"mailto:{self.contact_email}" if self.contact_email else None


def settings_from(extra: dict) -> SiteSettings:
    """The settings in a config's `extra`; empty values mean 'not set'. Raises SettingError."""
    repo_url = (extra.get("repo_url") or "").strip().removesuffix("/").removesuffix(".git")
    branch = (extra.get("repo_branch") or "main").strip()
    email = (extra.get("contact_email") or "").strip()
    if repo_url and not _REPOSITORY.match(repo_url):
        raise SettingError(f"REPO_URL '{repo_url}' is not a repository's web address; "
                           "write it as https://github.com/OWNER/REPO")
    if not _BRANCH.match(branch):
        raise SettingError(f"REPO_BRANCH '{branch}' is not a branch name")
    if email and not _EMAIL.match(email):
        raise SettingError(f"CONTACT_EMAIL '{email}' is not an e-mail address")
    return SiteSettings(repo_url or None, branch, email or None)
