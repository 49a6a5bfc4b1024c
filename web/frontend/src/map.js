// Enhances the home page's map placeholder: the Natural Earth countries as the background (or a
// deployment's tile server), and the events of the current filter, clustered. Without this script
// the page still lists every event; the map adds nothing a reader cannot get from the list.
import L from 'leaflet';
import 'leaflet.markercluster';
import { feature } from 'topojson-client';

const container = document.getElementById('map');
if (container) {
  show(container).catch(() => container.classList.add('map-failed'));
}

async function show(element) {
  const { geojson, atlas, tiles, tileAttribution, eventBase, labelEvents } = element.dataset;
  element.classList.add('map-live');
  const map = L.map(element, {
    worldCopyJump: true,
    minZoom: 1,
    maxZoom: 12,
    attributionControl: true,
  }).setView([30, 10], 2);
  map.attributionControl.setPrefix(false);

  if (tiles) {
    L.tileLayer(tiles, { attribution: tileAttribution || '' }).addTo(map);
  } else {
    const world = await getJson(atlas, 'application/json');
    L.geoJSON(feature(world, world.objects.countries), {
      className: 'map-country',
      interactive: false,
    }).addTo(map);
    map.attributionControl.addAttribution('Natural Earth');
  }

  // the export answers only as GeoJSON: asking for plain JSON would be 406
  const events = await getJson(geojson, 'application/geo+json');
  const clusters = L.markerClusterGroup({
    chunkedLoading: true,
    showCoverageOnHover: false,
    maxClusterRadius: 50,
  });
  const markers = [];
  for (const item of events.features || []) {
    if (!item.geometry || item.geometry.type !== 'Point') continue;
    const [lon, lat] = item.geometry.coordinates;
    const marker = L.marker([lat, lon], {
      icon: L.divIcon({ className: 'map-marker map-marker-' + kindClass(item.properties), iconSize: [14, 14] }),
      title: text(item.properties.title),
      alt: text(item.properties.title),
      keyboard: true,
    });
    marker.bindPopup(() => popup(item, eventBase));
    markers.push(marker);
  }
  clusters.addLayers(markers);
  map.addLayer(clusters);
  element.setAttribute('aria-label', `${element.getAttribute('aria-label') || ''} (${markers.length} ${labelEvents || ''})`.trim());
  if (markers.length > 0) {
    map.fitBounds(clusters.getBounds(), { padding: [24, 24], maxZoom: 6 });
  }
}

// Built with DOM nodes and textContent: titles are user text and never become markup.
function popup(item, eventBase) {
  const props = item.properties || {};
  const box = document.createElement('div');
  box.className = 'map-popup';
  const link = document.createElement('a');
  link.href = eventBase + encodeURIComponent(props.id || item.id);
  link.textContent = text(props.title);
  link.dir = 'auto';
  box.appendChild(link);
  const when = document.createElement('div');
  when.textContent = [text(props.date), text(props.city), text(props.countryCode || props.country)]
    .filter(Boolean).join(' · ');
  when.dir = 'auto';
  box.appendChild(when);
  return box;
}

function kindClass(props) {
  const kind = String((props && props.kind) || 'other');
  return /^[a-z_]+$/.test(kind) ? kind : 'other';
}

function text(value) {
  return value == null ? '' : String(value);
}

async function getJson(url, accept) {
  const response = await fetch(url, { headers: { Accept: accept }, credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}
