type Address = {
  first_name?: string | null
  last_name?: string | null
  company?: string | null
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  postal_code?: string | null
  country_code?: string | null
  phone?: string | null
}

export default function AddressBlock({ address }: { address?: Address | null }) {
  if (!address) {
    return <p className="text-sm text-slate-500">No address</p>
  }
  return (
    <address className="text-sm not-italic leading-6 text-slate-700">
      {[address.first_name, address.last_name].filter(Boolean).join(" ")}
      {address.company && <><br />{address.company}</>}
      {address.address_1 && <><br />{address.address_1}</>}
      {address.address_2 && <><br />{address.address_2}</>}
      <br />
      {[address.postal_code, address.city].filter(Boolean).join(" ")}
      {address.country_code && <>, {address.country_code.toUpperCase()}</>}
      {address.phone && <><br />{address.phone}</>}
    </address>
  )
}
