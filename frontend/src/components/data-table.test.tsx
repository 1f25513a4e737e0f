import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DataTable, type Column } from './data-table';

type Team = { id: number; name: string; open: number; note?: string };

const teams: Team[] = [
  { id: 1, name: 'Front door', open: 1147 },
  { id: 2, name: 'Children in care', open: 12, note: 'No figures yet' },
];

const columns: Column<Team>[] = [
  { header: 'Team', rowHeader: true, cell: (team) => team.name },
  {
    header: 'Open cases',
    numeric: true,
    cellClassName: (team) => (team.note ? 'app-muted' : 'app-nowrap'),
    colSpan: (team) => (team.note ? 2 : undefined),
    cell: (team) => team.note ?? team.open.toLocaleString('en-GB'),
  },
  { header: 'Closed cases', numeric: true, cell: () => 3 },
  {
    header: <span className="govuk-visually-hidden">Actions</span>,
    key: 'actions',
    cell: (team) => <a href={`#team-${team.id}`}>Change</a>,
  },
];

describe('DataTable', () => {
  it('writes a GOV.UK table: caption, column headers, row headers and cells', () => {
    render(
      <DataTable
        caption="Teams"
        captionSize="s"
        columns={columns}
        rows={teams}
        rowKey={(t) => t.id}
      />,
    );
    const table = screen.getByRole('table', { name: 'Teams' });
    expect(table).toHaveClass('govuk-table', 'app-data-table', 'app-data-table--compact');
    expect(table.querySelector('caption')).toHaveClass(
      'govuk-table__caption',
      'govuk-table__caption--s',
    );

    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((h) => h.textContent)).toEqual([
      'Team',
      'Open cases',
      'Closed cases',
      'Actions',
    ]);
    for (const header of headers) {
      expect(header).toHaveClass('govuk-table__header');
      expect(header).toHaveAttribute('scope', 'col');
    }
    expect(headers[1]).toHaveClass('govuk-table__header--numeric');
    expect(headers[0]).not.toHaveClass('govuk-table__header--numeric');

    const frontDoor = within(table).getByRole('rowheader', { name: 'Front door' });
    expect(frontDoor).toHaveClass('govuk-table__header');
    expect(frontDoor).toHaveAttribute('scope', 'row');
    const cells = within(frontDoor.closest('tr')!).getAllByRole('cell');
    expect(cells.map((c) => c.textContent)).toEqual(['1,147', '3', 'Change']);
    expect(cells[0]).toHaveClass('govuk-table__cell', 'govuk-table__cell--numeric', 'app-nowrap');
    expect(cells[2]).toHaveClass('govuk-table__cell');
    expect(cells[2]).not.toHaveClass('govuk-table__cell--numeric');
  });

  it('lets a cell span the columns after it, leaving them out of that row', () => {
    render(<DataTable caption="Teams" columns={columns} rows={teams} />);
    const row = screen.getByRole('rowheader', { name: 'Children in care' }).closest('tr')!;
    const cells = within(row).getAllByRole('cell');
    expect(cells.map((c) => c.textContent)).toEqual(['No figures yet', 'Change']);
    expect(cells[0]).toHaveAttribute('colspan', '2');
    expect(cells[0]).toHaveClass('app-muted');
    // Words in place of figures: not aligned as one.
    expect(cells[0]).not.toHaveClass('govuk-table__cell--numeric');
  });

  it('hides the caption from sight but not from screen readers', () => {
    render(<DataTable caption="Teams" hideCaption columns={columns} rows={teams} />);
    const caption = screen.getByRole('table', { name: 'Teams' }).querySelector('caption');
    expect(caption).toHaveClass('govuk-table__caption', 'govuk-visually-hidden');
  });

  it('can be named by a heading instead of a caption', () => {
    render(
      <>
        <h2 id="teams-heading">Our teams</h2>
        <DataTable labelledBy="teams-heading" columns={columns} rows={teams} />
      </>,
    );
    const table = screen.getByRole('table', { name: 'Our teams' });
    expect(table.querySelector('caption')).toBeNull();
  });

  it('shows the empty message instead of a table without rows', () => {
    render(<DataTable caption="Teams" columns={columns} rows={[]} empty="There are no teams." />);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('There are no teams.')).toHaveClass('govuk-body');
  });

  it('shows the headers alone when there are no rows and no empty message', () => {
    render(<DataTable caption="Teams" columns={columns} rows={[]} />);
    expect(screen.getAllByRole('columnheader')).toHaveLength(4);
    expect(screen.queryAllByRole('cell')).toHaveLength(0);
  });

  it('shows a row’s details in a full-width row beneath it', () => {
    render(
      <DataTable
        caption="Teams"
        columns={columns}
        rows={teams.slice(0, 1)}
        details={(team) => `More about ${team.name}`}
      />,
    );
    const row = screen.getByRole('rowheader', { name: 'Front door' }).closest('tr')!;
    expect(row).toHaveClass('govuk-table__row', 'app-data-table__row--with-details');
    const details = screen.getByRole('cell', { name: 'More about Front door' });
    expect(details).toHaveAttribute('colspan', '4');
    expect(details.closest('tr')).toBe(row.nextElementSibling);
  });

  it('scrolls sideways, in a region keyboard users can reach when it has a label', () => {
    const { rerender } = render(
      <DataTable caption="Teams" columns={columns} rows={teams} scroll />,
    );
    const wrapper = screen.getByRole('table').parentElement!;
    expect(wrapper).toHaveClass('app-data-table__scroll');
    expect(wrapper).not.toHaveAttribute('tabindex');
    expect(screen.queryByRole('region')).toBeNull();

    rerender(
      <DataTable
        caption="Teams"
        columns={columns}
        rows={teams}
        scroll={{ label: 'Teams table' }}
      />,
    );
    const region = screen.getByRole('region', { name: 'Teams table' });
    expect(region).toHaveClass('app-data-table__scroll');
    expect(region).toHaveAttribute('tabindex', '0');
    expect(within(region).getByRole('table')).toBeInTheDocument();
  });

  it('can leave out the compact type and add classes of its own', () => {
    render(
      <DataTable
        caption="Teams"
        compact={false}
        className="app-scorecard"
        columns={columns}
        rows={teams}
      />,
    );
    const table = screen.getByRole('table');
    expect(table).not.toHaveClass('app-data-table--compact');
    expect(table).toHaveClass('govuk-table', 'app-scorecard');
  });
});
