/**
 * The few stylesheets @grafana/ui imports for its side effects (uPlot, the slider, the
 * data grid) become a <style> element at load time. The host needs nothing more than
 * that, so this stands in for style-loader + css-loader, which are not installed.
 */
module.exports = function cssInjectLoader(source) {
  return `
const style = document.createElement('style');
style.setAttribute('data-source', ${JSON.stringify(this.resourcePath.split('node_modules/').pop())});
style.textContent = ${JSON.stringify(source)};
document.head.appendChild(style);
`;
};
