import { experimentVersionRows, type ExperimentCounts } from './experiment-panel-state';
import styles from './experiment-panel.module.css';

export interface ExperimentPanelResultsProps {
  caption: string;
  versions: readonly ExperimentCounts[];
  winner?: string | null;
}

/** Views, add-to-carts and conversion per version, in a table (the leader marked in words). */
export function ExperimentPanelResults({ caption, versions, winner }: ExperimentPanelResultsProps) {
  const rows = experimentVersionRows(versions);
  return (
    <table className={styles.results}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Version</th>
          <th scope="col">Views</th>
          <th scope="col">Add-to-carts</th>
          <th scope="col">Conversion</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} data-version={row.key}>
            <th scope="row">
              {row.label}
              {row.leading && <span className={styles.badge}> leading</span>}
              {winner === row.key && <span className={styles.badge}> kept</span>}
            </th>
            <td>{row.views}</td>
            <td>{row.addsToCart}</td>
            <td>{row.rate}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
