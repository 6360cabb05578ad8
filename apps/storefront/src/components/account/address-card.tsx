import type { AccountAddress } from '@/lib/customers/get-customer';
import styles from './address-card.module.css';

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

function countryName(code: string | null): string | null {
  if (!code) return null;
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** The lines of an address as a courier would write them; blank parts are left out. */
export function addressLines(address: AccountAddress): string[] {
  const name = [address.firstName, address.lastName].filter(Boolean).join(' ');
  const locality = [address.zip, address.city].filter(Boolean).join(' ');
  return [
    name,
    address.address1,
    address.address2,
    [locality, address.province].filter(Boolean).join(', '),
    countryName(address.countryCode),
    address.phone,
  ].filter((line): line is string => Boolean(line));
}

export interface AddressCardProps {
  address: AccountAddress;
  isDefault?: boolean;
}

export function AddressCard({ address, isDefault = false }: AddressCardProps) {
  const [first, ...rest] = addressLines(address);
  return (
    <address className={styles.card}>
      {isDefault && <span className={styles.badge}>Default</span>}
      <span className={styles.name}>{first}</span>
      {rest.map((line, index) => (
        <span key={index}>{line}</span>
      ))}
    </address>
  );
}

export interface AddressListProps {
  addresses: AccountAddress[];
  defaultAddressId: string | null;
}

export function AddressList({ addresses, defaultAddressId }: AddressListProps) {
  return (
    <ul className={styles.list}>
      {addresses.map((address, index) => (
        <li key={address.id ?? index}>
          <AddressCard address={address} isDefault={address.id !== null && address.id === defaultAddressId} />
        </li>
      ))}
    </ul>
  );
}
