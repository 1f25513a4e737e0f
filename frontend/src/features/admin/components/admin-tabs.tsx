import { useRef, type KeyboardEvent, type ReactNode } from 'react';

export const ADMIN_TABS = [
  { id: 'users', label: 'Users' },
  { id: 'organisations', label: 'Organisations' },
  { id: 'audit', label: 'Audit log' },
] as const;

export type AdminTab = (typeof ADMIN_TABS)[number]['id'];

export function isAdminTab(value: string | null): value is AdminTab {
  return ADMIN_TABS.some((t) => t.id === value);
}

/**
 * GOV.UK tabs whose state is in the URL (?tab=…), with the keyboard behaviour of the GOV.UK
 * Frontend script: arrow keys move between tabs, only the selected tab is in the tab order.
 */
export function AdminTabs({
  selected,
  onSelect,
  children,
}: {
  selected: AdminTab;
  onSelect: (tab: AdminTab) => void;
  children: ReactNode;
}) {
  const tabs = useRef(new Map<AdminTab, HTMLAnchorElement>());

  function onKeyDown(event: KeyboardEvent, index: number) {
    const last = ADMIN_TABS.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    const tab = ADMIN_TABS[next].id;
    onSelect(tab);
    tabs.current.get(tab)?.focus();
  }

  return (
    // The app provides the tabs' behaviour, so GOV.UK Frontend's "script supported" styles apply.
    <div className="govuk-frontend-supported">
      <div className="govuk-tabs">
        <h2 className="govuk-tabs__title">Contents</h2>
        <ul className="govuk-tabs__list" role="tablist">
          {ADMIN_TABS.map((tab, index) => (
            <li
              key={tab.id}
              role="presentation"
              className={`govuk-tabs__list-item${tab.id === selected ? ' govuk-tabs__list-item--selected' : ''}`}
            >
              <a
                ref={(element) => {
                  if (element) tabs.current.set(tab.id, element);
                  else tabs.current.delete(tab.id);
                }}
                className="govuk-tabs__tab"
                href={`?tab=${tab.id}`}
                id={`tab-${tab.id}`}
                role="tab"
                aria-controls={`panel-${tab.id}`}
                aria-selected={tab.id === selected}
                tabIndex={tab.id === selected ? 0 : -1}
                onClick={(event) => {
                  event.preventDefault();
                  onSelect(tab.id);
                }}
                onKeyDown={(event) => onKeyDown(event, index)}
              >
                {tab.label}
              </a>
            </li>
          ))}
        </ul>
        <div
          className="govuk-tabs__panel"
          id={`panel-${selected}`}
          role="tabpanel"
          aria-labelledby={`tab-${selected}`}
        >
          {children}
        </div>
      </div>
    </div>
  );
}
